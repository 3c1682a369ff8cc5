import { createLogger, IDENTITY_HEADER, signIdentity, type Identity, type SubgraphServer } from '@alambic/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tibilletDemoSettings } from '../src/config.js';
import { createEventsSubgraph } from '../src/subgraph.js';
import { startTibilletSimulator, type TibilletSimulator } from '../src/tibillet/simulator/index.js';
import type { EmbeddedDatabase } from '@alambic/embedded-db';
import { startTestDatabase } from './database.js';

const SECRET = 'test-identity-secret';
const member: Identity = { kind: 'member', memberId: 'm1', isAdmin: false, requestId: 'req-1' };
const NOW = new Date('2026-10-19T00:30:00+04:00');
let clock = NOW;
const now = () => clock;
const logger = createLogger('events-test', 'silent');

let sim: TibilletSimulator;
let db: EmbeddedDatabase;
let subgraph: SubgraphServer;
let url: string;

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, identity: Identity | null = member) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(identity ? { [IDENTITY_HEADER]: signIdentity(identity, SECRET) } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

async function startSubgraph(settings = tibilletDemoSettings(sim.url)): Promise<{ server: SubgraphServer; url: string }> {
  const server = await createEventsSubgraph({ settings, identitySecret: SECRET, logger, now, databaseUrl: db.url });
  return { server, url: await server.listen(0) };
}

beforeAll(async () => {
  db = await startTestDatabase();
  sim = await startTibilletSimulator({ now });
  ({ server: subgraph, url } = await startSubgraph());
});
afterAll(async () => {
  await subgraph?.close();
  await sim?.close();
  await db?.stop();
});

describe('events subgraph over HTTP', () => {
  it('refuses a request without a signed identity', async () => {
    const result = await gql(url, '{ events { id } }', {}, null);
    expect(result.status).toBe(401);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an anonymous identity on the queries', async () => {
    const result = await gql(url, '{ events { id } }', {}, { kind: 'anonymous', memberId: null, isAdmin: false, requestId: 'r' });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lists upcoming events in the graph’s words, from the list read at warm-up', async () => {
    sim.control.resetCounts();
    const result = await gql(url, `{ events(upcoming: true) {
      id name category start end effectiveEnd description location { name address } capacity url parentEventId readAt stale
      parentEvent { name } } }`);
    expect(result.errors).toBeUndefined();
    const events = result.data.events as any[];
    // Maloya la nuit ended at 01:00 on the 18th: over. The next one is the cantine meal.
    expect(events[0]).toMatchObject({
      name: 'Repas partagé de la cantine',
      category: 'CATERING',
      start: '2026-10-24T08:00:00.000Z',
      end: '2026-10-24T11:00:00.000Z',
      effectiveEnd: '2026-10-24T11:00:00.000Z',
      location: { name: 'La Raffinerie', address: '1 chemin de la Friche, 97460 Saint-Paul' },
      capacity: 80,
      parentEventId: null,
      parentEvent: null,
      stale: false,
    });
    expect(events.find((e) => e.name === 'Bar du festival')).toMatchObject({ category: 'VOLUNTEERING', parentEvent: { name: 'Festival Zot Musik' } });
    expect(events).toHaveLength(7);
    expect(sim.control.calls()).toBe(0);
  });

  it('keeps an evening in progress among the upcoming events until its end', async () => {
    clock = new Date('2026-09-13T01:30:00+04:00');
    try {
      const during = await gql(url, '{ events(upcoming: true) { name } }');
      expect(during.data.events[0].name).toBe('Soirée Dub');
      clock = new Date('2026-09-13T02:00:01+04:00');
      const after = await gql(url, '{ events(upcoming: true) { name } }');
      expect(after.data.events[0].name).toBe('Atelier percussions');
    } finally {
      clock = NOW;
    }
  });

  it('filters by period and rejects a reversed one', async () => {
    const result = await gql(url, 'query($from: DateTimeISO, $to: DateTimeISO) { events(from: $from, to: $to) { name } }', {
      from: '2026-09-01T00:00:00+04:00',
      to: '2026-09-30T23:59:59+04:00',
    });
    expect(result.data.events.map((e: any) => e.name)).toEqual(['Soirée Dub', 'Atelier percussions']);
    const reversed = await gql(url, 'query($from: DateTimeISO, $to: DateTimeISO) { events(from: $from, to: $to) { name } }', {
      from: '2026-09-30T00:00:00Z',
      to: '2026-09-01T00:00:00Z',
    });
    expect(reversed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('finds one event by id, drafts through TiBillet’s retrieve, null when unknown', async () => {
    const query = 'query($id: ID!) { event(id: $id) { name end } }';
    expect((await gql(url, query, { id: 'e0000000-0000-4000-8000-000000000003' })).data.event).toEqual({ name: 'Maloya la nuit', end: '2026-10-17T21:00:00.000Z' });
    expect((await gql(url, query, { id: 'e0000000-0000-4000-8000-000000000099' })).data.event).toEqual({ name: 'Soirée surprise', end: null });
    const unknown = await gql(url, query, { id: 'e0000000-0000-4000-8000-000000000404' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.event).toBeNull();
  });

  it('resolves Event entities in one batch: the cached list, plus one retrieve per id it lacks', async () => {
    sim.control.resetCounts();
    const representations = ['e0000000-0000-4000-8000-000000000008', 'e0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000098', 'e0000000-0000-4000-8000-000000000405'].map((id) => ({ __typename: 'Event', id }));
    const result = await gql(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id name category } } }', { r: representations });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { id: 'e0000000-0000-4000-8000-000000000008', name: 'Bar du festival', category: 'VOLUNTEERING' },
      { id: 'e0000000-0000-4000-8000-000000000001', name: 'Soirée Dub', category: 'CONCERT' },
      null,
      null,
    ]);
    expect(sim.control.calls('events')).toBe(0);
    expect(sim.control.calls('event')).toBe(2);
  });

  it('gives ticket products with exact Money prices', async () => {
    const result = await gql(url, '{ ticketProducts { name kind prices { name amount freePrice } } }');
    const products = result.data.ticketProducts as any[];
    expect(products.find((p) => p.name === 'Billet Maloya la nuit')).toEqual({
      name: 'Billet Maloya la nuit',
      kind: 'TICKET',
      prices: [{ name: 'Plein tarif', amount: '12.50', freePrice: false }, { name: 'Tarif réduit', amount: '8.00', freePrice: false }],
    });
    expect(products.find((p) => p.name === 'Adhésion annuelle')?.kind).toBe('MEMBERSHIP');
  });

  it('reports ready while TiBillet answers', async () => {
    const response = await fetch(`${url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ dependencies: { tibillet: { up: true }, postgresql: { up: true } } });
  });
});

describe('events subgraph when TiBillet fails', () => {
  it('serves the last good list marked stale during an outage, and says it is degraded', async () => {
    const { server, url: base } = await startSubgraph({ ...tibilletDemoSettings(sim.url), cacheSeconds: 0 });
    try {
      const fresh = await gql(base, '{ events { name readAt stale } }');
      sim.control.mode = 'down';
      const stale = await gql(base, '{ events { name readAt stale } }');
      expect(stale.errors).toBeUndefined();
      expect(stale.data.events[0]).toEqual({ ...fresh.data.events[0], stale: true });
      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as any;
      expect(body.dependencies.tibillet.detail).toMatch(/^TiBillet ne répond pas/);
      // Products were never read: nothing to fall back on, so an error that names TiBillet.
      const products = await gql(base, '{ ticketProducts { name } }');
      expect(products.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'TiBillet' });
      expect(products.errors?.[0].message).toMatch(/^TiBillet /);
    } finally {
      sim.control.mode = 'up';
      await server.close();
    }
  });

  it('says clearly when TiBillet refuses the key, without leaking it', async () => {
    const apiKey = 'Rf1nQ7xz.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy';
    const { server, url: base } = await startSubgraph({ ...tibilletDemoSettings(sim.url), apiKey });
    try {
      const result = await gql(base, '{ events { name } }');
      const [error] = result.errors ?? [];
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', source: 'TiBillet' });
      expect(error.message).toMatch(/^TiBillet .*clé d’API/);
      const text = JSON.stringify(result);
      for (const leak of [apiKey, sim.url, 'stacktrace', 'Api-Key']) expect(text).not.toContain(leak);
    } finally {
      await server.close();
    }
  });
});
