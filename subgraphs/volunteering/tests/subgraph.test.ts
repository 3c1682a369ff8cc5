import { createLogger, IDENTITY_HEADER, printFederatedSchema, signIdentity, type SubgraphServer } from '@alambic/subgraph-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildVolunteeringSchema, createVolunteeringSubgraph, ocecoDemoSettings, startOcecoSimulator, type OcecoSimulator } from '../src/index.js';
import { fastTuning, memberNamed } from './helpers.js';

const SECRET = 'test-identity-secret';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const query = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Member { id volunteer { linked balance unit readAt stale } } }
}`;

const camille = memberNamed('Camille');
const representations = [
  { __typename: 'Member', id: camille.id, ocecoUserId: camille.ocecoUserId },
  { __typename: 'Member', id: 'b0000000-0000-4000-8000-000000000015', ocecoUserId: null },
  { __typename: 'Member', id: 'b0000000-0000-4000-8000-000000000099', ocecoUserId: '5e1a00000000000000000999' },
  { __typename: 'Member', id: memberNamed('Noah').id, ocecoUserId: memberNamed('Noah').ocecoUserId },
];

async function start(prepare?: (sim: OcecoSimulator) => void): Promise<{ sim: OcecoSimulator; url: string; server: SubgraphServer }> {
  const sim = await startOcecoSimulator();
  cleanups.push(() => sim.close());
  prepare?.(sim);
  const server = await createVolunteeringSubgraph({
    settings: { ...ocecoDemoSettings(sim.url), timeoutMs: 1000 },
    identitySecret: SECRET,
    logger: createLogger('volunteering-test', 'silent'),
    tuning: fastTuning,
  });
  cleanups.push(() => server.close());
  const url = await server.listen(0);
  return { sim, url, server };
}

async function ask(url: string, withIdentity = true) {
  const identity = signIdentity({ kind: 'member', memberId: camille.id, isAdmin: false, requestId: 'test' }, SECRET);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(withIdentity ? { [IDENTITY_HEADER]: identity } : {}) },
    body: JSON.stringify({ query, variables: { representations } }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { _entities: Array<{ id: string; volunteer: Record<string, unknown> | null }> }; errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }> } };
}

describe('volunteering subgraph over HTTP', () => {
  it('prints Member, Circle and Event extended, each requiring what links it to Oceco', async () => {
    const sdl = printFederatedSchema(await buildVolunteeringSchema());
    expect(sdl).toMatch(/type Member\s+@key\(fields: "id"\)/);
    expect(sdl).toContain('ocecoUserId: String @external');
    expect(sdl).toContain('email: String! @external');
    expect(sdl).toContain('volunteer: VolunteerAccount @requires(fields: "ocecoUserId email")');
    expect(sdl).toContain('volunteerActions: CircleVolunteering @requires(fields: "ocecoProjectId")');
    expect(sdl).toContain('volunteerActions: EventVolunteering @requires(fields: "name start")');
    expect(sdl).toMatch(/agenda\([\s\S]*?from: DateTimeISO![\s\S]*?to: DateTimeISO!\s*\): VolunteerAgenda!/);
    expect(sdl).toMatch(/type VolunteerAccount \{[^}]*balance: Int!/);
  });

  it('resolves Member representations from the warm mirror without any Oceco round trip', async () => {
    const { sim, url } = await start();
    sim.control.resetCounts();
    const { status, body } = await ask(url);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const [linked, noOceco, unknown, noah] = body.data?._entities ?? [];
    expect(linked.volunteer).toMatchObject({ linked: true, balance: 42, unit: 'R', stale: false });
    expect(Number.isNaN(Date.parse(String(linked.volunteer?.readAt)))).toBe(false);
    expect(noOceco.volunteer).toEqual({ linked: false, balance: 0, unit: 'R', readAt: null, stale: false });
    expect(unknown.volunteer).toMatchObject({ linked: false, balance: 0, stale: false });
    expect(noah.volunteer).toMatchObject({ linked: true, balance: 64 });
    await ask(url);
    expect(sim.control.calls()).toBe(0);
  });

  it('costs no Oceco round trip for concurrent queries under upstream latency, once warm', async () => {
    const { sim, url } = await start((s) => {
      s.control.latencyMs = 100;
    });
    expect(sim.control.calls('ddp:sub:listMembers')).toBe(1);
    sim.control.resetCounts();
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask(url)));
    for (const { body } of answers) expect(body.data?._entities[0].volunteer).toMatchObject({ linked: true, balance: 42, stale: false });
    expect(sim.control.calls()).toBe(0);
  });

  it('refuses a request without the signed identity header', async () => {
    const { url } = await start();
    const { status, body } = await ask(url, false);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports Oceco at /ready and serves stale balances with their time during an outage', async () => {
    const { sim, url } = await start();
    expect(await (await fetch(`${url}/ready`)).json()).toMatchObject({ status: 'ready', dependencies: { oceco: { up: true } } });
    sim.control.mode = 'down';
    await vi.waitFor(async () => expect((await ask(url)).body.data?._entities[0].volunteer?.stale).toBe(true), { timeout: 5000, interval: 20 });
    const { body } = await ask(url);
    expect(body.data?._entities[0].volunteer).toMatchObject({ linked: true, balance: 42, stale: true });
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ dependencies: { oceco: { up: false } } });
  });

  it('starts while Oceco is down and answers with an error naming Oceco, without its address', async () => {
    const { sim, url } = await start((s) => {
      s.control.mode = 'down';
    });
    const { status, body } = await ask(url);
    expect(status).toBe(200);
    const entities = body.data?._entities ?? [];
    expect(entities[0].volunteer).toBeNull();
    expect(entities[1].volunteer).toMatchObject({ linked: false, balance: 0 });
    const errors = body.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.message).toMatch(/^Oceco /);
      expect(error.message).not.toContain(new URL(sim.url).port);
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'Oceco' });
      expect(error.extensions?.stacktrace).toBeUndefined();
    }
    sim.control.mode = 'up';
    await vi.waitFor(async () => expect((await ask(url)).body.data?._entities[0].volunteer?.linked).toBe(true), { timeout: 5000, interval: 20 });
  });
});
