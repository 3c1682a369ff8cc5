import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@alambic/embedded-db';
import { circleByCode, memberByEmail } from '@alambic/demo-data';
import { IDENTITY_HEADER, signIdentity, type SubgraphServer } from '@alambic/subgraph-kit';
import { createInternalSubgraph } from '../src/subgraph.js';
import { profitShare, times } from '../src/work/event-request/quote.js';

const secret = 'event-request-test-secret';
let db: EmbeddedDatabase;
let server: SubgraphServer;
let url: string;

const admin = memberByEmail('camille.payet@laraffinerie.re');
const julien = memberByEmail('julien.hoarau@laraffinerie.re'); // planning role on Accueil d’évènements (3300)
const manon = memberByEmail('manon.lebon@laraffinerie.re'); // role on Bar (2200) only: the bienveillante here
const louis = memberByEmail('louis.clain@laraffinerie.re'); // no role
const pole = circleByCode('3300');
const kitchen = circleByCode('2100');
const garden = circleByCode('4100');
const commons = circleByCode('3000');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

type Who = { id: string; isAdmin?: boolean };
const as = (member: Who) => ({ [IDENTITY_HEADER]: signIdentity({ kind: 'member', memberId: member.id, isAdmin: Boolean(member.isAdmin), requestId: 't' }, secret) });

async function gql(query: string, variables: Record<string, unknown>, who: Who) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...as(who) }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: any[] };
}

async function sql(text: string, params: unknown[] = []): Promise<any[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

const fields = `id status nextSteps invoiceNumber pole { id } bienveillant { id }
  quote { hours hourlyRate siteHire total costs margin lines { label quantity unitPrice cost amount circle { id } } }
  profitShare { amount circle { id } } missions { kind remuneration maxPeople eventRequestId circle { id } }
  history { fromState toState note by { id } }`;
const receive = `mutation($input: EventRequestInput!) { receiveEventRequest(input: $input) { ${fields} } }`;
const assign = `mutation($id: ID!, $pole: ID!, $b: ID!) { assignEventRequest(id: $id, poleId: $pole, bienveillantId: $b) { ${fields} } }`;
const validate = `mutation($id: ID!, $day: String!, $d: String!) { validateEventRequest(id: $id, decidedOn: $day, decision: $d) { ${fields} } }`;
const quote = `mutation($id: ID!, $input: EventQuoteInput!) { quoteEventRequest(id: $id, input: $input) { ${fields} } }`;
const accept = `mutation($id: ID!) { acceptEventQuote(id: $id) { ${fields} } }`;
const missions = `mutation($id: ID!, $input: EventMissionsInput!) { createEventMissions(id: $id, input: $input) { ${fields} } }`;
const held = `mutation($id: ID!) { markEventHeld(id: $id) { ${fields} } }`;
const invoice = `mutation($id: ID!, $n: String!) { invoiceEventRequest(id: $id, invoiceNumber: $n) { ${fields} } }`;
const refuse = `mutation($id: ID!, $r: String!) { refuseEventRequest(id: $id, reason: $r) { ${fields} } }`;
const cancel = `mutation($id: ID!, $r: String!) { cancelEventRequest(id: $id, reason: $r) { ${fields} } }`;
const one = `query($id: ID!) { eventRequest(id: $id) { ${fields} } }`;

const request = { title: 'Mariage Grondin', requester: 'Famille Grondin', contact: 'grondin@example.re', topic: 'Un mariage en plein air', startsAt: '2030-06-20T06:00:00.000Z', endsAt: '2030-06-20T14:00:00.000Z', expectedPeople: 80 };
const goodQuote = {
  hours: 7.5,
  hourlyRate: '120.00',
  profitSharePercent: 50,
  lines: [
    { circleId: kitchen.id, label: 'Repas', quantity: 40, unitPrice: '15.00', cost: '240.00' },
    { circleId: garden.id, label: 'Bouquets du jardin', quantity: 3, unitPrice: '33.33' },
  ],
};
const cents = (money: string) => Math.round(Number(money) * 100);

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-event-requests-'));
  db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  server = await createInternalSubgraph({ databaseUrl: db.url, identitySecret: secret, logger: pino({ level: 'silent' }) });
  url = await server.listen(0);
});

afterAll(async () => {
  await server?.close();
  await db?.stop();
});

describe('profit share arithmetic', () => {
  it('multiplies quantities by prices exactly, rounding half up to the cent', () => {
    expect(times(7.5, 12_000)).toBe(90_000);
    expect(times(3, 3_333)).toBe(9_999);
    expect(times(0.5, 333)).toBe(167);
  });

  it('always adds the parts up to the margin exactly, the rest going to the commons', () => {
    const cases: Array<[number, number, number, Array<[string, number]>]> = [
      [135_999, 50, 90_000, [['k', 60_000], ['g', 9_999]]],
      [1, 100, 100, [['k', 100], ['g', 100]]],
      [99_997, 33, 12_345, [['k', 1], ['g', 77_777], ['k', 3]]],
      [1_000_000_007, 71, 15_000, [['x', 999_999_999]]],
    ];
    for (const [margin, pct, siteHire, lines] of cases) {
      const parts = profitShare(margin, pct, 'pole', siteHire, lines.map(([circleId, amountCents]) => ({ circleId, amountCents, costCents: 0 })), 'commons');
      expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(margin);
      expect(parts.every((p) => Number.isInteger(p.amountCents))).toBe(true);
      const shared = Math.floor((margin * pct) / 100);
      expect(parts.find((p) => p.circleId === 'commons')?.amountCents ?? 0).toBe(margin - shared);
    }
    expect(profitShare(-500, 50, 'pole', 100, [], 'commons')).toEqual([{ circleId: 'commons', amountCents: -500 }]);
  });
});

describe('an external event through the seven steps', () => {
  let id: string;

  it('records a request from any member, and refuses an invalid one without writing anything', async () => {
    const before = (await sql('SELECT count(*)::int AS n FROM event_request'))[0].n;
    const bad = await gql(receive, { input: { ...request, endsAt: '2030-06-20T05:00:00.000Z' } }, louis);
    expect(bad.errors?.[0].message).toMatch(/fin de l’évènement doit venir après son début/);
    const noPeople = await gql(receive, { input: { ...request, expectedPeople: 0 } }, louis);
    expect(noPeople.errors?.[0].message).toMatch(/personnes attendues/);
    expect((await sql('SELECT count(*)::int AS n FROM event_request'))[0].n).toBe(before);

    const created = await gql(receive, { input: request }, louis);
    expect(created.errors).toBeUndefined();
    expect(created.data.receiveEventRequest).toMatchObject({ status: 'RECEIVED', nextSteps: ['ASSIGNED', 'REFUSED', 'CANCELLED'], quote: null, profitShare: [] });
    id = created.data.receiveEventRequest.id;
  });

  it('refuses a forbidden jump with the transitions checker', async () => {
    const jump = await gql(validate, { id, day: '2030-03-01', d: 'OK' }, admin);
    expect(jump.errors?.[0].message).toMatch(/Transition interdite : la demande est « reçue » et ne peut pas passer à « validée en Interpôle »/);
    const quoteTooSoon = await gql(quote, { id, input: goodQuote }, admin);
    expect(quoteTooSoon.errors?.[0].message).toMatch(/Transition interdite/);
  });

  it('lets only admins and the pôle’s role holders assign it, to a pôle only', async () => {
    const outsider = await gql(assign, { id, pole: pole.id, b: manon.id }, louis);
    expect(outsider.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const group = await gql(assign, { id, pole: commons.id, b: manon.id }, admin);
    expect(group.errors?.[0].message).toMatch(/n’est pas un pôle/);
    const ok = await gql(assign, { id, pole: pole.id, b: manon.id }, julien);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.assignEventRequest).toMatchObject({ status: 'ASSIGNED', pole: { id: pole.id }, bienveillant: { id: manon.id } });
  });

  it('is validated at Interpôle by the bienveillante, with the date and decision kept', async () => {
    const outsider = await gql(validate, { id, day: '2030-03-01', d: 'Accord' }, louis);
    expect(outsider.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const badDay = await gql(validate, { id, day: '2030-02-31', d: 'Accord' }, manon);
    expect(badDay.errors?.[0].message).toMatch(/date qui existe/);
    const ok = await gql(validate, { id, day: '2030-03-01', d: 'Accord, avec la cuisine' }, manon);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.validateEventRequest.history.at(-1)).toMatchObject({ fromState: 'ASSIGNED', toState: 'VALIDATED', note: 'Interpôle du 2030-03-01 : Accord, avec la cuisine', by: { id: manon.id } });
  });

  it('refuses a site hire rate outside 100 €–150 € and writes nothing', async () => {
    for (const hourlyRate of ['99.99', '150.01']) {
      const bad = await gql(quote, { id, input: { ...goodQuote, hourlyRate } }, manon);
      expect(bad.errors?.[0].message).toMatch(/tarif horaire de location .* doit être entre 100\.00 € et 150\.00 €/);
    }
    const badLine = await gql(quote, { id, input: { ...goodQuote, lines: [...goodQuote.lines, { circleId: kitchen.id, label: 'Vaisselle', quantity: -2, unitPrice: '1.00' }] } }, manon);
    expect(badLine.errors?.[0].message).toMatch(/Prestation 3 \(« Vaisselle »\) : la quantité/);
    expect((await sql('SELECT count(*)::int AS n FROM event_quote_line WHERE request_id = $1', [id]))[0].n).toBe(0);
    expect((await sql('SELECT status, hourly_rate_cents FROM event_request WHERE id = $1', [id]))[0]).toEqual({ status: 'VALIDATED', hourly_rate_cents: null });
  });

  it('prices the quote exactly in cents and shares the margin to the circles and the commons', async () => {
    const ok = await gql(quote, { id, input: goodQuote }, manon);
    expect(ok.errors).toBeUndefined();
    const r = ok.data.quoteEventRequest;
    expect(r.status).toBe('QUOTED');
    expect(r.quote).toMatchObject({ hours: 7.5, hourlyRate: '120.00', siteHire: '900.00', total: '1599.99', costs: '240.00', margin: '1359.99' });
    expect(r.quote.lines).toEqual([
      { label: 'Repas', quantity: 40, unitPrice: '15.00', cost: '240.00', amount: '600.00', circle: { id: kitchen.id } },
      { label: 'Bouquets du jardin', quantity: 3, unitPrice: '33.33', cost: '0.00', amount: '99.99', circle: { id: garden.id } },
    ]);
    const share = new Map<string, number>(r.profitShare.map((p: any) => [p.circle.id, cents(p.amount)]));
    expect([...share.values()].reduce((a, b) => a + b, 0)).toBe(135_999);
    expect(share.get(commons.id)).toBe(68_000);
    expect(share.get(pole.id)! > share.get(kitchen.id)! && share.get(kitchen.id)! > share.get(garden.id)!).toBe(true);

    const revised = await gql(quote, { id, input: { ...goodQuote, hourlyRate: '100.00', profitSharePercent: 0, lines: goodQuote.lines.slice(0, 1) } }, manon);
    expect(revised.data.quoteEventRequest.quote).toMatchObject({ total: '1350.00', margin: '1110.00', lines: [{ label: 'Repas' }] });
    expect(revised.data.quoteEventRequest.profitShare).toEqual([{ amount: '1110.00', circle: { id: commons.id } }]);
    expect(revised.data.quoteEventRequest.history.at(-1)).toMatchObject({ fromState: 'QUOTED', toState: 'QUOTED', note: 'devis révisé' });
    await gql(quote, { id, input: goodQuote }, manon);
  });

  it('creates the référent and chargé·e missions in one go once the client accepts, then is held and invoiced', async () => {
    const early = await gql(missions, { id, input: { referentRemuneration: '120.00', missionHolderRemuneration: '80.00', missionHolders: 2 } }, manon);
    expect(early.errors?.[0].message).toMatch(/Transition interdite/);
    expect((await gql(accept, { id }, manon)).data.acceptEventQuote.status).toBe('ACCEPTED');
    const skip = await gql(invoice, { id, n: 'FAC-1' }, admin);
    expect(skip.errors?.[0].message).toMatch(/« acceptée par le demandeur » et ne peut pas passer à « facturée »/);

    const tooMany = await gql(missions, { id, input: { referentRemuneration: '120.00', missionHolderRemuneration: '80.00', missionHolders: 21 } }, manon);
    expect(tooMany.errors?.[0].message).toMatch(/chargé·es de mission/);
    const negative = await gql(missions, { id, input: { referentRemuneration: '120.00', missionHolderRemuneration: '-1.00', missionHolders: 1 } }, manon);
    expect(negative.errors).toBeDefined();
    expect((await sql('SELECT count(*)::int AS n FROM mission WHERE event_request_id = $1', [id]))[0].n).toBe(0);

    const made = await gql(missions, { id, input: { referentRemuneration: '120.00', missionHolderRemuneration: '80.00', missionHolders: 2 } }, manon);
    expect(made.errors).toBeUndefined();
    expect(made.data.createEventMissions.status).toBe('MISSIONS');
    expect(made.data.createEventMissions.missions).toEqual([
      { kind: 'DAY_REFERENT', remuneration: '120.00', maxPeople: 1, eventRequestId: id, circle: { id: pole.id } },
      { kind: 'MISSION_HOLDER', remuneration: '80.00', maxPeople: 2, eventRequestId: id, circle: { id: pole.id } },
    ]);

    expect((await gql(held, { id }, julien)).data.markEventHeld.status).toBe('HELD');
    const cancelLate = await gql(cancel, { id, r: 'trop tard' }, admin);
    expect(cancelLate.errors?.[0].message).toMatch(/Transition interdite/);
    const blank = await gql(invoice, { id, n: '  ' }, manon);
    expect(blank.errors?.[0].message).toMatch(/numéro de facture est obligatoire/);
    const done = await gql(invoice, { id, n: 'FAC-2030-017' }, manon);
    expect(done.data.invoiceEventRequest).toMatchObject({ status: 'INVOICED', invoiceNumber: 'FAC-2030-017', nextSteps: [] });
    const again = await gql(invoice, { id, n: 'FAC-2030-018' }, admin);
    expect(again.errors?.[0].message).toMatch(/aucune étape ne suit/);
  });

  it('records who moved it and when at every step', async () => {
    const r = (await gql(one, { id }, louis)).data.eventRequest;
    expect(r.history.map((h: any) => `${h.fromState ?? '∅'}→${h.toState}`)).toEqual([
      '∅→RECEIVED', 'RECEIVED→ASSIGNED', 'ASSIGNED→VALIDATED', 'VALIDATED→QUOTED', 'QUOTED→QUOTED', 'QUOTED→QUOTED',
      'QUOTED→ACCEPTED', 'ACCEPTED→MISSIONS', 'MISSIONS→HELD', 'HELD→INVOICED',
    ]);
    expect(r.history.map((h: any) => h.by.id)).toEqual([louis.id, julien.id, manon.id, manon.id, manon.id, manon.id, manon.id, manon.id, julien.id, manon.id]);
    const rows = await sql('SELECT updated_by, created_by FROM event_request WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ created_by: louis.id, updated_by: manon.id });
  });

  it('can be refused with a reason, after which nothing moves', async () => {
    const other = (await gql(receive, { input: { ...request, title: 'Rave party' } }, louis)).data.receiveEventRequest.id;
    const noReason = await gql(refuse, { id: other, r: ' ' }, admin);
    expect(noReason.errors?.[0].message).toMatch(/motif est obligatoire/);
    const outsider = await gql(refuse, { id: other, r: 'non' }, louis);
    expect(outsider.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(refuse, { id: other, r: 'Hors de notre charte' }, admin)).data.refuseEventRequest.status).toBe('REFUSED');
    const after = await gql(assign, { id: other, pole: pole.id, b: manon.id }, admin);
    expect(after.errors?.[0].message).toMatch(/refusée.*aucune étape ne suit/);
  });
});

describe('demo event requests', () => {
  it('seeds a received and a quoted request, filterable by status', async () => {
    const quoted = await gql(`query { eventRequests(status: QUOTED) { title bienveillant { id } quote { total margin } profitShare { amount } } }`, {}, louis);
    expect(quoted.errors).toBeUndefined();
    const seminar = quoted.data.eventRequests.find((r: any) => r.title === 'Séminaire Océan Indien Solidaire');
    expect(seminar).toMatchObject({ bienveillant: { id: julien.id }, quote: { total: '1830.00', margin: '1590.00' } });
    expect(seminar.profitShare.reduce((s: number, p: any) => s + cents(p.amount), 0)).toBe(159_000);
    const received = await gql(`query { eventRequests(status: RECEIVED) { title } }`, {}, louis);
    expect(received.data.eventRequests.map((r: any) => r.title)).toContain('Fête de quartier de la Ravine');
  });
});
