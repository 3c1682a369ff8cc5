import { circleByCode, events as demoEvents, members } from '@alambic/demo-data';
import type { EmbeddedDatabase } from '@alambic/embedded-db';
import { createLogger, IDENTITY_HEADER, signIdentity, type Identity, type SubgraphServer } from '@alambic/subgraph-kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tibilletDemoSettings } from '../src/config.js';
import { salePeriod } from '../src/sales/sale-period.js';
import { createEventsDataSource } from '../src/store/datasource.js';
import { createEventsSubgraph } from '../src/subgraph.js';
import { startTibilletSimulator, type TibilletSimulator } from '../src/tibillet/simulator/index.js';
import { demoTenant } from '../src/tibillet/simulator/seed.js';
import { startTestDatabase } from './database.js';

const SECRET = 'test-identity-secret';
const admin = members.find((m) => m.isAdmin)!;
const plain = members.find((m) => !m.isAdmin)!;
const asAdmin: Identity = { kind: 'member', memberId: admin.id, isAdmin: true, requestId: 'r-admin' };
const asMember: Identity = { kind: 'member', memberId: plain.id, isAdmin: false, requestId: 'r-member' };
// TiBillet has every sale of the season; the hub's "now" decides what is upcoming.
const simNow = () => new Date('2027-03-01T12:00:00+04:00');
const hubNow = () => new Date('2026-11-23T12:00:00+04:00');
const logger = createLogger('events-test', 'silent');

const DUB = demoEvents[0].uuid;
const BEER = 'd0000000-0000-4000-8000-000000000800';
const UNKNOWN_PRODUCT = 'd0000000-0000-4000-8000-000000000404';
const UNKNOWN_EVENT = 'e0000000-0000-4000-8000-000000000404';

let db: EmbeddedDatabase;
let sql: pg.Client;
let sim: TibilletSimulator;
let subgraph: SubgraphServer;
let url: string;

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, identity: Identity = asMember) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(identity, SECRET) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

async function counts(): Promise<{ links: number; organisers: number; changes: number }> {
  const { rows } = await sql.query(`SELECT (SELECT count(*) FROM events.product_event)::int AS links,
    (SELECT count(*) FROM events.event_organiser)::int AS organisers, (SELECT count(*) FROM events.mapping_change)::int AS changes`);
  return rows[0];
}

/** What Soirée Dub's figures must be, straight from the simulator's own records (cents × whole quantities). */
function expectedDub(extraProducts: string[] = []) {
  const tenant = demoTenant();
  const dub = tenant.events.find((e) => e.uuid === DUB)!;
  const products = [demoEvents[0].products[0].uuid, ...extraProducts];
  const period = salePeriod({ id: DUB, start: dub.start, end: dub.end }, 1);
  const lines = tenant.sales.filter((l) => products.includes(l.product.uuid) && l.datetime >= period.from && l.datetime <= period.to);
  const sign = (status: string) => (status === 'V' || status === 'F' ? 1 : status === 'N' ? -1 : 0);
  const total = lines.reduce((sum, l) => sum + sign(l.status) * (l.amount ?? 0) * Number(l.qty), 0);
  const tickets = lines.filter((l) => l.product.categorie === 'B').reduce((sum, l) => sum + sign(l.status) * Number(l.qty), 0);
  return { total: (total / 100).toFixed(2), tickets, refunds: lines.filter((l) => l.status === 'R').length };
}

const SALES = `query($id: ID!) { event(id: $id) { name capacity sales {
  mappedProductCount ticketsSold fillRate total readAt stale lineCount excludedLineCount
  byPrice { productName priceName unitPrice quantity amount ticket }
  byPaymentMethod { code label amount lineCount }
  refunds { lineCount amount } creditNotes { lineCount amount } } } }`;

beforeAll(async () => {
  db = await startTestDatabase();
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  sim = await startTibilletSimulator({ now: simNow });
  subgraph = await createEventsSubgraph({ settings: tibilletDemoSettings(sim.url), identitySecret: SECRET, logger, now: hubNow, databaseUrl: db.url });
  url = await subgraph.listen(0);
});
afterAll(async () => {
  await subgraph?.close();
  await sim?.close();
  await sql?.end();
  await db?.stop();
});

describe('the hub’s own event data', () => {
  it('keeps it in the schema `events` with its own migrations table, seeded once from the demo organisation', async () => {
    const { rows } = await sql.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'events' ORDER BY table_name`);
    expect(rows.map((r) => r.table_name)).toEqual(['event_organiser', 'events_migrations', 'mapping_change', 'product_event']);
    const seeded = demoEvents.reduce((n, e) => n + e.products.length, 0);
    expect(await counts()).toEqual({ links: seeded, organisers: demoEvents.length, changes: seeded + demoEvents.length });
    // A second start finds data and seeds nothing.
    const again = await createEventsSubgraph({ settings: tibilletDemoSettings(sim.url), identitySecret: SECRET, logger, databaseUrl: db.url });
    await again.close();
    expect((await counts()).links).toBe(seeded);
  });

  it('gives an event its organising circle and its products', async () => {
    const result = await gql(url, 'query($id: ID!) { event(id: $id) { organiser { id } organiserSetBy { id } productLinks { productId linkedBy { id } product { name } } } }', { id: DUB });
    expect(result.errors).toBeUndefined();
    expect(result.data.event).toEqual({
      organiser: { id: circleByCode('1100').id },
      organiserSetBy: null,
      productLinks: [{ productId: demoEvents[0].products[0].uuid, linkedBy: null, product: { name: 'Billet Soirée Dub' } }],
    });
  });

  it('lists the events a circle organises through Circle entities, upcoming or all', async () => {
    const query = `query($r: [_Any!]!, $upcoming: Boolean!) { _entities(representations: $r) { ... on Circle { id events(upcoming: $upcoming) { name } } } }`;
    const r = [circleByCode('1100'), circleByCode('5100')].map((c) => ({ __typename: 'Circle', id: c.id }));
    const all = await gql(url, query, { r, upcoming: false });
    expect(all.errors).toBeUndefined();
    expect(all.data._entities[0].events.map((e: any) => e.name)).toEqual(['Soirée Dub', 'Atelier percussions', 'Maloya la nuit', 'Festival Zot Musik', 'Soirée Électro-maloya']);
    expect(all.data._entities[1].events).toEqual([]);
    const upcoming = await gql(url, query, { r, upcoming: true });
    expect(upcoming.data._entities[0].events.map((e: any) => e.name)).toEqual(['Festival Zot Musik', 'Soirée Électro-maloya']);
  });
});

describe('event sales', () => {
  it('counts a soirée’s presales and door sales, without the refund, minus the credit note, in exact Money', async () => {
    const result = await gql(url, SALES, { id: DUB });
    expect(result.errors).toBeUndefined();
    const sales = result.data.event.sales;
    const expected = expectedDub();
    expect(sales.total).toBe(expected.total);
    expect(sales.ticketsSold).toBe(expected.tickets);
    expect(sales.fillRate).toBeCloseTo(expected.tickets / 250, 10);
    expect(sales.refunds.lineCount).toBe(expected.refunds);
    expect(sales.creditNotes.lineCount).toBe(1);
    expect(sales.creditNotes.amount).toMatch(/^-\d+\.\d{2}$/);
    expect(sales.excludedLineCount).toBe(1);
    expect(sales.byPrice.map((p: any) => [p.priceName, p.unitPrice])).toEqual([['Plein tarif', '10.00'], ['Tarif réduit', '7.00']]);
    const byPriceCents = sales.byPrice.reduce((sum: number, p: any) => sum + Math.round(Number(p.amount) * 100), 0);
    expect((byPriceCents / 100).toFixed(2)).toBe(expected.total);
    const labels = sales.byPaymentMethod.map((p: any) => p.label);
    expect(labels[0]).toBe('En ligne (Stripe)');
    for (const label of labels) expect(['Carte bancaire (terminal)', 'En ligne (Stripe)', 'Espèces']).toContain(label);
    expect(sales.stale).toBe(false);
  });

  it('reads the sales of a whole list of events in one TiBillet call', async () => {
    sim.control.resetCounts();
    const result = await gql(url, '{ events { name sales { total ticketsSold mappedProductCount } } }');
    expect(result.errors).toBeUndefined();
    expect(sim.control.calls('sales')).toBe(1);
    const byName = new Map(result.data.events.map((e: any) => [e.name, e.sales]));
    expect((byName.get('Soirée Dub') as any).total).toBe(expectedDub().total);
    expect((byName.get('Chantier compost') as any).total).toBe('0.00');
    expect((byName.get('Chantier compost') as any).ticketsSold).toBeGreaterThan(0);
    expect((byName.get('Bar du festival') as any).mappedProductCount).toBe(0);
  });

  it('lists the sales no event claims instead of losing them', async () => {
    const result = await gql(url, 'query($from: DateTimeISO!, $to: DateTimeISO!) { unmappedSales(from: $from, to: $to) { total lines { productName reason amount paymentMethod } } }', {
      from: '2026-09-12T00:00:00+04:00',
      to: '2026-09-13T04:00:00+04:00',
    });
    expect(result.errors).toBeUndefined();
    const { total, lines } = result.data.unmappedSales;
    expect(new Set(lines.map((l: any) => l.productName))).toEqual(new Set(['Adhésion annuelle', 'Bière locale', 'Jus de fruits pays']));
    expect(lines.every((l: any) => l.reason === 'UNMAPPED_PRODUCT')).toBe(true);
    const cents = lines.reduce((sum: number, l: any) => sum + Math.round(Number(l.amount) * 100), 0);
    expect((cents / 100).toFixed(2)).toBe(total);
    const reversed = await gql(url, 'query($from: DateTimeISO!, $to: DateTimeISO!) { unmappedSales(from: $from, to: $to) { total } }', { from: '2026-10-01T00:00:00Z', to: '2026-09-01T00:00:00Z' });
    expect(reversed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

const LINK = 'mutation($p: ID!, $e: ID!) { linkProductToEvent(productId: $p, eventId: $e) { productId eventId linkedAt linkedBy { id } product { name } event { name } } }';
const UNLINK = 'mutation($p: ID!, $e: ID!) { unlinkProductFromEvent(productId: $p, eventId: $e) { productId eventId } }';
const ORGANISER = 'mutation($e: ID!, $c: ID) { setEventOrganiser(eventId: $e, circleId: $c) { name organiser { id } organiserSetBy { id } organiserSetAt } }';

describe('changing the links', () => {
  it('links a bar product to a soirée, recording who and when, and its sales then count for it', async () => {
    const result = await gql(url, LINK, { p: BEER, e: DUB }, asAdmin);
    expect(result.errors).toBeUndefined();
    expect(result.data.linkProductToEvent).toMatchObject({ productId: BEER, eventId: DUB, linkedBy: { id: admin.id }, product: { name: 'Bière locale' }, event: { name: 'Soirée Dub' } });
    const { rows } = await sql.query(`SELECT action, member_id, product_id, at FROM events.mapping_change ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toMatchObject({ action: 'MAP_PRODUCT', member_id: admin.id, product_id: BEER });
    const sales = (await gql(url, SALES, { id: DUB })).data.event.sales;
    expect(sales.total).toBe(expectedDub([BEER]).total);
    expect(sales.byPrice.some((p: any) => p.productName === 'Bière locale' && p.ticket === false)).toBe(true);
    expect(sales.ticketsSold).toBe(expectedDub().tickets);
  });

  it('unlinks it again, keeping the trace of who did it', async () => {
    const result = await gql(url, UNLINK, { p: BEER, e: DUB }, asAdmin);
    expect(result.data.unlinkProductFromEvent).toEqual({ productId: BEER, eventId: DUB });
    const { rows } = await sql.query(`SELECT action, member_id FROM events.mapping_change ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toEqual({ action: 'UNMAP_PRODUCT', member_id: admin.id });
    expect((await gql(url, SALES, { id: DUB })).data.event.sales.total).toBe(expectedDub().total);
    const again = await gql(url, UNLINK, { p: BEER, e: DUB }, asAdmin);
    expect(again.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown product or event with a clear error, and stores nothing', async () => {
    const before = await counts();
    const product = await gql(url, LINK, { p: UNKNOWN_PRODUCT, e: DUB }, asAdmin);
    expect(product.data).toBeNull();
    expect(product.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productId' });
    expect(product.errors?.[0].message).toBe(`Produit inconnu dans TiBillet : « ${UNKNOWN_PRODUCT} » (ni en vente, ni au bar ; un produit archivé ne compte plus).`);
    const event = await gql(url, LINK, { p: BEER, e: UNKNOWN_EVENT }, asAdmin);
    expect(event.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    expect(event.errors?.[0].message).toBe(`Évènement inconnu dans TiBillet : « ${UNKNOWN_EVENT} ».`);
    const both = await gql(url, LINK, { p: UNKNOWN_PRODUCT, e: UNKNOWN_EVENT }, asAdmin);
    expect(both.errors?.[0].message).toMatch(/Produit inconnu.*Évènement inconnu/);
    const malformed = await gql(url, LINK, { p: 'bière', e: DUB }, asAdmin);
    expect(malformed.errors?.[0].message).toMatch(/^« productId » doit être l’identifiant \(uuid\) d’un produit TiBillet, reçu « bière »/);
    const duplicate = await gql(url, LINK, { p: demoEvents[0].products[0].uuid, e: DUB }, asAdmin);
    expect(duplicate.errors?.[0].message).toMatch(/déjà rattaché/);
    expect(await counts()).toEqual(before);
  });

  it('keeps the links to admins', async () => {
    const before = await counts();
    const result = await gql(url, LINK, { p: BEER, e: DUB }, asMember);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const organiser = await gql(url, ORGANISER, { e: DUB, c: circleByCode('2200').id }, asMember);
    expect(organiser.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('sets, checks and clears the organising circle of an event', async () => {
    const before = await counts();
    const bad = await gql(url, ORGANISER, { e: UNKNOWN_EVENT, c: circleByCode('2200').id }, asAdmin);
    expect(bad.errors?.[0]).toMatchObject({ message: `Évènement inconnu dans TiBillet : « ${UNKNOWN_EVENT} ».`, extensions: { code: 'BAD_USER_INPUT', field: 'eventId' } });
    const malformed = await gql(url, ORGANISER, { e: DUB, c: 'le bar' }, asAdmin);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'circleId' });
    expect(await counts()).toEqual(before);

    const bar = circleByCode('2200').id;
    const set = await gql(url, ORGANISER, { e: DUB, c: bar }, asAdmin);
    expect(set.errors).toBeUndefined();
    expect(set.data.setEventOrganiser).toMatchObject({ name: 'Soirée Dub', organiser: { id: bar }, organiserSetBy: { id: admin.id } });
    const cleared = await gql(url, ORGANISER, { e: DUB, c: null }, asAdmin);
    expect(cleared.data.setEventOrganiser.organiser).toBeNull();
    const { rows } = await sql.query(`SELECT action, member_id, circle_id FROM events.mapping_change ORDER BY id DESC LIMIT 2`);
    expect(rows).toEqual([{ action: 'CLEAR_ORGANISER', member_id: admin.id, circle_id: null }, { action: 'SET_ORGANISER', member_id: admin.id, circle_id: bar }]);
    await gql(url, ORGANISER, { e: DUB, c: circleByCode('1100').id }, asAdmin);
  });
});

describe('when TiBillet fails', () => {
  it('serves an event’s last sales marked stale, and null with an error naming TiBillet when it never read them', async () => {
    const server = await createEventsSubgraph({ settings: { ...tibilletDemoSettings(sim.url), cacheSeconds: 0 }, identitySecret: SECRET, logger, now: hubNow, databaseUrl: db.url });
    const base = await server.listen(0);
    try {
      const fresh = await gql(base, SALES, { id: DUB });
      expect(fresh.errors).toBeUndefined();
      sim.control.mode = 'down';
      const during = await gql(base, SALES, { id: DUB });
      expect(during.errors).toBeUndefined();
      expect(during.data.event.sales).toEqual({ ...fresh.data.event.sales, stale: true });
      const never = await gql(base, SALES, { id: demoEvents[2].uuid });
      expect(never.data.event.name).toBe('Maloya la nuit');
      expect(never.data.event.sales).toBeNull();
      expect(never.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'TiBillet' });
      expect(never.errors?.[0].message).toMatch(/^TiBillet /);
      expect(JSON.stringify(never.errors)).not.toContain(sim.url);
      // A change cannot be checked against TiBillet: refused, nothing stored.
      const before = await counts();
      const link = await gql(base, LINK, { p: 'd0000000-0000-4000-8000-000000000801', e: DUB }, asAdmin);
      expect(link.errors?.[0].extensions).toMatchObject({ source: 'TiBillet' });
      expect(await counts()).toEqual(before);
    } finally {
      sim.control.mode = 'up';
      await server.close();
    }
  });
});

describe('the migrations', () => {
  it('can be undone and redone', async () => {
    await subgraph.close();
    subgraph = undefined as unknown as SubgraphServer;
    const dataSource = createEventsDataSource(db.url);
    await dataSource.initialize();
    try {
      await dataSource.undoLastMigration({ transaction: 'all' });
      const { rows } = await sql.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'events'`);
      expect(rows.map((r) => r.table_name)).toEqual(['events_migrations']);
      await dataSource.runMigrations({ transaction: 'all' });
      expect((await counts()).links).toBe(0);
    } finally {
      await dataSource.destroy();
    }
  });
});
