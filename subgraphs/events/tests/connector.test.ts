import { UpstreamError } from '@alambic/connector-kit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventCategory } from '../src/event/event-category.js';
import { TibilletClient, type TibilletClientOptions } from '../src/tibillet/client.js';
import { startTibilletSimulator, type TibilletSimulator } from '../src/tibillet/simulator/index.js';
import { DEMO_KEY } from './helpers.js';

const SALE_LESS_KEY = 'NoSales0.dddddddddddddddddddddddddddddddd';
let now = new Date('2026-10-01T12:00:00+04:00');
let sim: TibilletSimulator;
const clients: TibilletClient[] = [];

function client(options: Partial<TibilletClientOptions> = {}): TibilletClient {
  const created = new TibilletClient({ url: sim.url, apiKey: DEMO_KEY, cacheSeconds: 0, retryBaseMs: 1, ...options });
  clients.push(created);
  return created;
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

beforeAll(async () => {
  sim = await startTibilletSimulator({ now: () => now, extraKeys: [{ key: SALE_LESS_KEY, permissions: ['event', 'product'], admin: true }] });
});
afterEach(() => {
  sim.control.mode = 'up';
  sim.control.resetCounts();
  while (clients.length) clients.pop()?.close();
});
afterAll(() => sim.close());

describe('TiBillet connector: events', () => {
  it('lists the demo events, mapped in the collective’s words', async () => {
    const read = await client().listEvents();
    expect(read.stale).toBe(false);
    expect(read.value.map((e) => e.name)).toContain('Festival Zot Musik');
    const dub = read.value.find((e) => e.name === 'Soirée Dub');
    expect(dub).toEqual({
      id: 'e0000000-0000-4000-8000-000000000001',
      name: 'Soirée Dub',
      category: EventCategory.CONCERT,
      start: new Date('2026-09-12T16:00:00Z'),
      end: new Date('2026-09-12T22:00:00Z'),
      description: 'Sound system dub sous les étoiles',
      location: { name: 'La Raffinerie', address: '1 chemin de la Friche, 97460 Saint-Paul' },
      capacity: 250,
      url: 'https://raffinerie.tibillet.coop/event/soiree-dub-260912-2000-e0000000/',
      parentEventId: null,
    });
    const categories = Object.fromEntries(read.value.map((e) => [e.name, e.category]));
    expect(categories).toMatchObject({
      'Festival Zot Musik': EventCategory.FESTIVAL,
      'Bar du festival': EventCategory.VOLUNTEERING,
      'Chantier compost': EventCategory.WORKCAMP,
      'Repas partagé de la cantine': EventCategory.CATERING,
      'Repair café de novembre': EventCategory.MEETING,
      'Atelier percussions': EventCategory.CONFERENCE,
    });
    expect(read.value.find((e) => e.name === 'Bar du festival')?.parentEventId).toBe('e0000000-0000-4000-8000-000000000007');
  });

  it('retrieves one event, reads omitted keys as null, and null for an unknown id', async () => {
    const tibillet = client();
    const draft = await tibillet.getEvent('e0000000-0000-4000-8000-000000000099');
    expect(draft.value).toMatchObject({ name: 'Soirée surprise', end: null, description: null, parentEventId: null });
    expect((await tibillet.getEvent('e0000000-0000-4000-8000-000000000404')).value).toBeNull();
  });

  it('passes the list filters to TiBillet', async () => {
    now = new Date('2026-10-19T00:30:00+04:00');
    const tibillet = client();
    expect((await tibillet.listEvents({ onlyFuture: true })).value[0].name).toBe('Maloya la nuit');
    expect((await tibillet.listEvents({ nextDays: 7 })).value.map((e) => e.name)).toEqual(['Maloya la nuit', 'Repas partagé de la cantine']);
    expect((await tibillet.listEvents({ text: 'compost' })).value.map((e) => e.name)).toEqual(['Chantier compost']);
    const bad = await failure(tibillet.listEvents({ nextDays: 400 }));
    expect(bad.kind).toBe('BAD_REQUEST');
    expect(bad.message).toMatch(/^TiBillet /);
    now = new Date('2026-10-01T12:00:00+04:00');
  });
});

describe('TiBillet connector: prices and sales', () => {
  it('parses product prices exactly into cents', async () => {
    const products = (await client().listProducts()).value;
    const maloya = products.find((p) => p.name === 'Billet Maloya la nuit');
    expect(maloya?.prices.map((p) => [p.name, p.amountCents])).toEqual([['Plein tarif', 1250], ['Tarif réduit', 800]]);
    expect(products.find((p) => p.name === 'Inscription chantier')?.prices[0].amountCents).toBe(0);
  });

  it('retrieves a product by uuid, even one sold at the till only, and null for an unknown or archived one', async () => {
    const tibillet = client();
    const beer = await tibillet.getProduct('d0000000-0000-4000-8000-000000000800');
    expect(beer.value).toMatchObject({ name: 'Bière locale', prices: [{ name: 'Bière', amountCents: 350 }] });
    expect((await tibillet.listProducts()).value.some((p) => p.name === 'Bière locale')).toBe(false);
    expect((await tibillet.getProduct('d0000000-0000-4000-8000-000000000404')).value).toBeNull();
    expect((await tibillet.getProduct('d0000000-0000-4000-8000-000000000999')).value).toBeNull();
  });

  it('reads the evening journal with unpadded prices and exact totals', async () => {
    const read = await client().listSales({ start: new Date('2026-09-12T18:00:00+04:00'), end: new Date('2026-09-13T04:00:00+04:00'), status: 'ALL' });
    const lines = read.value;
    expect(lines.length).toBeGreaterThan(5);
    const beer = lines.find((l) => l.productName === 'Bière locale');
    expect(beer?.unitPriceCents).toBe(350);
    for (const line of lines) expect(line.totalCents).toBe((line.unitPriceCents ?? 0) * Number(line.quantity));
    expect(lines.some((l) => l.status === 'N')).toBe(true);
  });
});

describe('TiBillet connector: failures', () => {
  it('turns a refused key into a clear error naming TiBillet and nothing else', async () => {
    const wrongKey = 'Rf1nQ7xz.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz';
    const error = await failure(client({ apiKey: wrongKey }).listEvents());
    expect(error.kind).toBe('FORBIDDEN');
    expect(error.message).toMatch(/^TiBillet .*clé d’API.*« event »/);
    for (const leak of [wrongKey, 'zzzzzzzz', sim.url, '127.0.0.1', 'Api-Key', 'permission d’effectuer']) expect(error.message).not.toContain(leak);
    expect(sim.control.calls('events')).toBe(1);
  });

  it('reads the 500 of /sales/ for a key without `sale` as a permission error, not retried', async () => {
    const error = await failure(client({ apiKey: SALE_LESS_KEY }).listSales({ start: new Date('2026-09-12T18:00:00+04:00'), end: new Date('2026-09-13T04:00:00+04:00') }));
    expect(error.kind).toBe('FORBIDDEN');
    expect(error.message).toContain('« sale »');
    expect(sim.control.calls('sales')).toBe(1);
  });

  it('serves the last good read marked stale with its time during an outage, then fails when nothing is cached', async () => {
    const tibillet = client();
    const fresh = await tibillet.listEvents();
    sim.control.mode = 'down';
    const stale = await tibillet.listEvents();
    expect(stale.stale).toBe(true);
    expect(stale.readAt).toEqual(fresh.readAt);
    expect(stale.value).toEqual(fresh.value);
    const error = await failure(tibillet.listProducts());
    expect(['SERVER', 'CIRCUIT_OPEN']).toContain(error.kind);
    expect(error.message).toMatch(/^TiBillet /);
    expect(error.message).not.toContain(sim.url);
  });

  it('retries a failed read, then opens the circuit', async () => {
    const tibillet = client();
    sim.control.mode = 'down';
    await failure(tibillet.listProducts());
    expect(sim.control.calls('products')).toBe(3);
    await failure(tibillet.listProducts());
    const before = sim.control.calls('products');
    const open = await failure(tibillet.listProducts());
    expect(open.kind).toBe('CIRCUIT_OPEN');
    expect(open.message).toMatch(/^TiBillet est en panne/);
    // An open circuit spares TiBillet: no call goes out.
    expect(sim.control.calls('products')).toBe(before);
  });

  it('gives up on a hanging TiBillet after the timeout', async () => {
    sim.control.mode = 'hang';
    const error = await failure(client({ timeoutMs: 150 }).listEvents());
    expect(error.kind).toBe('TIMEOUT');
    expect(error.message).toMatch(/^TiBillet n’a pas répondu à temps/);
  });

  it('shares one call among concurrent identical reads', async () => {
    const tibillet = client();
    sim.control.latencyMs = 50;
    const reads = await Promise.all(Array.from({ length: 20 }, () => tibillet.listEvents()));
    sim.control.latencyMs = 0;
    expect(new Set(reads.map((r) => r.value)).size).toBe(1);
    expect(sim.control.calls('events')).toBe(1);
  });
});
