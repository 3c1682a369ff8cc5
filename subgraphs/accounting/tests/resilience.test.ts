import { afterEach, describe, expect, it } from 'vitest';
import type { SubgraphServer } from '@alambic/subgraph-kit';
import { odooDemoSettings } from '../src/config.js';
import { ormCalls, startOdooSimulator, type OdooSimulator, type OdooVersion } from '../src/odoo/simulator/index.js';
import { createAccountingSubgraph } from '../src/subgraph.js';
import { budgetQuery, documentsQuery, entitiesQuery, euros, expectedActuals, gql, organisationQuery, representations, secret, silentLogger } from './helpers.js';

const resilience = { freshForMs: 0, retries: 0, volumeThreshold: 1000 };

describe('accounting subgraph when Odoo fails', () => {
  let simulator: OdooSimulator | undefined;
  let subgraph: SubgraphServer | undefined;

  afterEach(async () => {
    await subgraph?.close();
    await simulator?.close();
    subgraph = undefined;
    simulator = undefined;
  });

  async function start(version: OdooVersion = 17) {
    simulator = await startOdooSimulator({ version });
    subgraph = await createAccountingSubgraph({ settings: { ...odooDemoSettings(simulator.url), resilience }, identitySecret: secret, logger: silentLogger });
    return { simulator, url: await subgraph.listen(0) };
  }

  it('serves the last good amounts marked stale, with the time they were read', async () => {
    const { simulator, url } = await start();
    const variables = { r: representations(['2000']), year: 2026 };
    const fresh = await gql(url, entitiesQuery, variables);
    expect(fresh.body.data._entities[0].actuals.stale).toBe(false);
    simulator.control.mode = 'down';
    const stale = await gql(url, entitiesQuery, variables);
    expect(stale.body.errors).toBeUndefined();
    expect(stale.body.data._entities[0].actuals).toEqual({ ...fresh.body.data._entities[0].actuals, stale: true });
  });

  it('answers null with an error naming Odoo, without URL, when nothing was read before', async () => {
    const { simulator, url } = await start();
    simulator.control.mode = 'down';
    const { body } = await gql(url, entitiesQuery, { r: representations(['1110']), year: 2025 });
    expect(body.data._entities[0]).toEqual({ id: representations(['1110'])[0]!.id, actuals: null });
    expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(body.errors?.[0]?.extensions?.source).toBe('Odoo');
    expect(body.errors?.[0]?.message).toMatch(/^Odoo /);
    expect(JSON.stringify(body.errors)).not.toContain(simulator.url);
    expect(JSON.stringify(body.errors)).not.toMatch(/stacktrace|Traceback/);
  });

  it('starts while Odoo is down, reports it on /ready, and recovers when Odoo is back', async () => {
    simulator = await startOdooSimulator();
    simulator.control.mode = 'down';
    subgraph = await createAccountingSubgraph({ settings: { ...odooDemoSettings(simulator.url), resilience }, identitySecret: secret, logger: silentLogger });
    const url = await subgraph.listen(0);
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ dependencies: { odoo: { up: false } } });
    simulator.control.mode = 'up';
    const { body } = await gql(url, entitiesQuery, { r: representations(['6110']), year: 2026 });
    expect(body.errors).toBeUndefined();
    const expected = expectedActuals(simulator, '6110', 2026);
    expect(body.data._entities[0].actuals).toMatchObject({ spent: euros(expected.spent), collected: euros(expected.collected) });
  });

  it('tells the client that Odoo refuses the hub’s credentials', async () => {
    simulator = await startOdooSimulator();
    subgraph = await createAccountingSubgraph({ settings: { ...odooDemoSettings(simulator.url), apiKey: '0'.repeat(40), resilience }, identitySecret: secret, logger: silentLogger });
    const url = await subgraph.listen(0);
    const { body } = await gql(url, entitiesQuery, { r: representations(['1110']), year: 2026 });
    expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(body.errors?.[0]?.message).toContain('Odoo refuse les identifiants du hub');
    expect(body.errors?.[0]?.message).not.toContain('0'.repeat(40));
  });

  it('answers the budget with stale figures when Odoo hangs, and null plus an error naming Odoo for what was never read', async () => {
    simulator = await startOdooSimulator();
    subgraph = await createAccountingSubgraph({ settings: { ...odooDemoSettings(simulator.url, null), timeoutMs: 300, resilience }, identitySecret: secret, logger: silentLogger });
    const url = await subgraph.listen(0);
    const r = representations(['1111']);
    const fresh = await gql(url, budgetQuery, { r, year: 2026 });
    expect(fresh.body.errors).toBeUndefined();
    simulator.control.mode = 'hang';
    const during = await gql(url, budgetQuery, { r, year: 2026 });
    expect(during.body.errors).toBeUndefined();
    expect(during.body.data._entities[0].actuals).toEqual({ ...fresh.body.data._entities[0].actuals, stale: true });
    expect(during.body.data._entities[0].committed).toEqual({ ...fresh.body.data._entities[0].committed, stale: true });
    const never = await gql(url, documentsQuery, { r, year: 2026 });
    expect(never.body.data._entities[0]).toEqual({ id: r[0]!.id, accountingDocuments: null, grantReceipts: null });
    expect(never.body.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    expect(never.body.errors?.[0]?.message).toBe('Odoo n’a pas répondu à temps : aucune réponse après 300 ms.');
    const bank = await gql(url, organisationQuery, { year: 2026 });
    // The open bills were read for the festival's committed amount: the organisation's is served from that copy.
    // The same goes for the organisation's actuals: one read of the whole circle tree serves circles and organisation.
    expect(bank.body.data).toMatchObject({ organisationActuals: { stale: true }, accountingDocuments: null, bankPosition: null, organisationCommitted: { amount: expect.any(String) } });
    expect(bank.body.errors?.every((e) => e.extensions?.source === 'Odoo')).toBe(true);
    expect(JSON.stringify(bank.body.errors)).not.toContain(simulator.url);
    simulator.control.mode = 'up';
  });

  it('answers the bank position stale when Odoo is stopped', async () => {
    const { simulator, url } = await start();
    const fresh = await gql(url, organisationQuery, { year: 2026 });
    expect(fresh.body.errors).toBeUndefined();
    await simulator.close();
    const after = await gql(url, organisationQuery, { year: 2026 });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.bankPosition).toEqual({ ...fresh.body.data.bankPosition, stale: true });
    expect(after.body.data.organisationActuals.stale).toBe(true);
  });

  for (const version of [16, 18, 19] as const) {
    it(`gives the same exact amounts against Odoo ${version}`, async () => {
      const { simulator, url } = await start(version);
      simulator.control.resetCounts();
      const { body } = await gql(url, entitiesQuery, { r: representations(['1000', '1210', '2110']), year: 2026 });
      expect(body.errors).toBeUndefined();
      expect(ormCalls(simulator)).toBe(1);
      expect(simulator.control.calls(version >= 19 ? 'json2' : 'execute_kw')).toBe(1);
      for (const [i, code] of ['1000', '1210', '2110'].entries()) {
        const expected = expectedActuals(simulator, code, 2026);
        expect(body.data._entities[i].actuals).toMatchObject({ spent: euros(expected.spent), collected: euros(expected.collected) });
      }
    });
  }
});
