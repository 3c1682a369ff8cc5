import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circles } from '@alambic/demo-data';
import { printFederatedSchema, type SubgraphServer } from '@alambic/subgraph-kit';
import { odooDemoSettings } from '../src/config.js';
import { buildAccountingSchema } from '../src/schema.js';
import { createAccountingSubgraph } from '../src/subgraph.js';
import { startOdooSimulator, type OdooSimulator } from '../src/odoo/simulator/index.js';
import { entitiesQuery, euros, expectedActuals, gql, representations, secret, silentLogger } from './helpers.js';

describe('accounting subgraph over HTTP', () => {
  let simulator: OdooSimulator;
  let subgraph: SubgraphServer;
  let url: string;

  beforeAll(async () => {
    simulator = await startOdooSimulator({ port: 0 });
    subgraph = await createAccountingSubgraph({ settings: odooDemoSettings(simulator.url), identitySecret: secret, logger: silentLogger });
    url = await subgraph.listen(0);
  });

  afterAll(async () => {
    await subgraph?.close();
    await simulator?.close();
  });

  it('prints a Federation 2 SDL extending Circle with actuals that require the analytic code', async () => {
    const sdl = printFederatedSchema(await buildAccountingSchema());
    expect(sdl).toMatch(/type Circle\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/analyticCode: String! @external/);
    expect(sdl).toMatch(/actuals\(\s*"""[^"]*"""\s*year: Int!\s*\): CircleActuals @requires\(fields: "analyticCode"\)/s);
    expect(sdl).toContain('spent: Money!');
    expect(sdl).toContain('readAt: DateTimeISO!');
  });

  it('warms up with version, authenticate and the analytic directory, then costs ONE execute_kw for all circles', async () => {
    expect(simulator.control.calls('authenticate')).toBe(1);
    expect(simulator.control.calls('execute_kw:account.analytic.account.search_read')).toBe(1);
    simulator.control.resetCounts();
    const { body } = await gql(url, entitiesQuery, { r: representations(), year: 2026 });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(circles.length);
    expect(simulator.control.calls('execute_kw')).toBe(1);
    expect(simulator.control.calls('execute_kw:account.analytic.line.read_group')).toBe(1);
    expect(simulator.control.calls('authenticate')).toBe(0);
  });

  it('costs the same single call for one circle', async () => {
    simulator.control.resetCounts();
    const { body } = await gql(url, entitiesQuery, { r: representations(['2110']), year: 2025 });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(1);
    expect(simulator.control.calls('execute_kw')).toBe(1);
    expect(simulator.control.calls('authenticate') + simulator.control.calls('version')).toBe(0);
  });

  it('returns exact amounts for every circle, descendants included, as the simulator books say', async () => {
    const { body } = await gql(url, entitiesQuery, { r: representations(), year: 2026 });
    expect(body.errors).toBeUndefined();
    for (const [i, circle] of circles.entries()) {
      const expected = expectedActuals(simulator, circle.analyticCode, 2026);
      const actuals = body.data._entities[i].actuals;
      expect(actuals, circle.analyticCode).toMatchObject({ year: 2026, spent: euros(expected.spent), collected: euros(expected.collected), stale: false });
      expect(new Date(actuals.readAt).getTime()).not.toBeNaN();
    }
    // The group « Culture » covers its pôles, projects and actions: more than any one of them.
    const culture = body.data._entities.find((e: { id: string }) => e.id === circles.find((c) => c.analyticCode === '1000')!.id).actuals;
    const festival = body.data._entities.find((e: { id: string }) => e.id === circles.find((c) => c.analyticCode === '1111')!.id).actuals;
    expect(Number(culture.spent)).toBeGreaterThan(Number(festival.spent));
    expect(Number(festival.spent)).toBeGreaterThan(0);
    expect(Number(festival.collected)).toBeGreaterThan(0);
  });

  it('gives zero for a year without books and null for a circle code no analytic account matches', async () => {
    const { body } = await gql(url, entitiesQuery, {
      r: [...representations(['1110']), { __typename: 'Circle', id: 'c-unknown', analyticCode: '9900' }],
      year: 2024,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].actuals).toMatchObject({ year: 2024, spent: '0.00', collected: '0.00' });
    expect(body.data._entities[1].actuals).toBeNull();
  });

  it('shares one upstream call between concurrent identical queries', async () => {
    simulator.control.resetCounts();
    const variables = { r: representations(['1000', '2000']), year: 2023 };
    const results = await Promise.all(Array.from({ length: 10 }, () => gql(url, entitiesQuery, variables)));
    for (const r of results) expect(r.body.errors).toBeUndefined();
    expect(simulator.control.calls('execute_kw')).toBe(1);
  });

  it('rejects a request without the signed identity header', async () => {
    const { status, body } = await gql(url, entitiesQuery, { r: representations(['1110']), year: 2026 }, {});
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data?._entities).toBeUndefined();
  });

  it('refuses an invalid year with a clear message', async () => {
    const { body } = await gql(url, entitiesQuery, { r: representations(['1110']), year: 12 });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('Année invalide');
  });

  it('reports Odoo on /ready', async () => {
    const response = await fetch(`${url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ dependencies: { odoo: { up: true } } });
  });
});
