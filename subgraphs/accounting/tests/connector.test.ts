import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '@alambic/connector-kit';
import { odooDemo } from '@alambic/demo-data';
import { odooDemoSettings } from '../src/config.js';
import { OdooClient } from '../src/odoo/client.js';
import type { OdooSettings } from '../src/odoo/settings.js';
import { startOdooSimulator, type OdooSimulator } from '../src/odoo/simulator/index.js';
import { XmlRpcTransport } from '../src/odoo/transport.js';

const noRetry = { retries: 0, freshForMs: 0, volumeThreshold: 1000 };

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected the call to fail');
}

describe('Odoo connector against the simulator', () => {
  let simulator: OdooSimulator;
  const clients: OdooClient[] = [];
  const client = (overrides: Partial<OdooSettings> = {}) => {
    const c = new OdooClient({ ...odooDemoSettings(simulator.url), resilience: noRetry, ...overrides });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    simulator = await startOdooSimulator({ port: 0 });
  });
  afterEach(() => {
    simulator.control.mode = 'up';
    simulator.control.latencyMs = 0;
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await simulator?.close();
  });

  it('reads the server version and authenticates with the API key', async () => {
    const c = client();
    expect((await c.version()).value).toEqual({ major: 17, serverVersion: '17.0' });
    expect(await c.authenticate()).toBe(odooDemo.userId);
    simulator.control.resetCounts();
    expect(await c.authenticate()).toBe(odooDemo.userId);
    expect(simulator.control.calls('authenticate')).toBe(0);
  });

  it('says explicitly that the credentials were refused when authenticate answers False', async () => {
    const error = await failure(client({ apiKey: 'f'.repeat(40) }).authenticate());
    expect(error.kind).toBe('CREDENTIALS');
    expect(error.message).toContain('Odoo refuse les identifiants du hub');
    expect(error.message).toContain('authenticate a répondu False');
    expect(error.message).not.toContain('f'.repeat(40));
    expect(error.message).not.toContain(simulator.url);
  });

  it('reads with explicit fields, ordered by id, in French and within the configured companies', async () => {
    const { value, stale } = await client().searchRead<Record<string, unknown>>('account.analytic.account', [['code', '=like', '11%']], ['code', 'name', 'plan_id'], {});
    expect(stale).toBe(false);
    expect(value.map((r) => r.code)).toEqual(['1100', '1110', '1111', '1120']);
    expect(Object.keys(value[0]!).sort()).toEqual(['code', 'id', 'name', 'plan_id']);
    expect(value[0]!.plan_id).toEqual([odooDemo.projectPlanId, 'Projets']);
    const labels = await client().call<Record<string, { string: string }>>('account.analytic.line', 'fields_get', { allfields: ['amount'], attributes: ['string', 'type'] });
    expect(labels.value.amount).toEqual({ string: 'Montant', type: 'monetary' });
  });

  it('hides archived records from searches unless active_test is False', async () => {
    const c = client();
    const visible = await c.searchRead<{ code: string }>('account.analytic.account', [['code', '=', '6120']], ['code']);
    const all = await c.searchRead<{ code: string; active: boolean }>('account.analytic.account', [['code', '=', '6120']], ['code', 'active'], { context: { active_test: false } });
    expect(visible.value).toEqual([]);
    expect(all.value).toEqual([{ id: 29, code: '6120', active: false }]);
  });

  it('gets read_group rows in the 16–18 shape', async () => {
    const { value } = await client().readGroup<Record<string, unknown>>('account.analytic.line', [['date', '>=', '2026-01-01'], ['account_id.code', '=', '2110']], ['amount:sum'], ['account_id', 'date:month'], { lazy: false });
    const january = value.find((g) => g['date:month'] === 'janvier 2026')!;
    expect(january.account_id).toEqual([10, '[2110] Cantine solidaire']);
    expect(typeof january.amount).toBe('number');
    expect(january.__count).toBeGreaterThan(0);
    expect(january.__range).toEqual({ 'date:month': { from: '2026-01-01', to: '2026-02-01' } });
    // Odoo sends each group's drill-down domain; the connector does not decode it (see transport.ts).
    expect(january).not.toHaveProperty('__domain');
    const lazy = await client().readGroup<Record<string, unknown>>('account.analytic.line', [], ['amount:sum'], ['account_id', 'date:year']);
    expect(lazy.value[0]).toHaveProperty('account_id_count');
    expect(lazy.value[0]!.__context).toEqual({ group_by: ['date:year'] });
  });

  it('maps fault 1 (technical) to a plain message without the Python traceback', async () => {
    const error = await failure(client().searchRead('res.partner', [['no_such_field', '=', 1]], ['name']));
    expect(error.kind).toBe('SERVER');
    expect(error.message).toContain("Invalid field 'no_such_field'");
    expect(error.message).not.toMatch(/Traceback|File "/);
    expect(error.retryable).toBe(false);
  });

  it('maps fault 2 (business error) for an unknown model and a bad order', async () => {
    const unknown = await failure(client().searchRead('x.unknown', [], ['name']));
    expect(unknown.kind).toBe('BAD_REQUEST');
    expect(unknown.message).toContain("Object x.unknown doesn't exist");
    const order = await failure(client().searchRead('res.partner', [], ['name'], { order: 'name; drop table' }));
    expect(order.kind).toBe('BAD_REQUEST');
    expect(order.message).toContain('Invalid "order"');
  });

  it('maps fault 2 for a record that is gone to NOT_FOUND', async () => {
    const error = await failure(client().call('res.partner', 'write', { vals: { name: 'x' } }, { ids: [999_999] }));
    expect(error.kind).toBe('NOT_FOUND');
  });

  it('maps fault 3 (bad key on object) to credentials', async () => {
    // The object service answers fault 3 "Access Denied" to a good uid with a wrong key.
    const transport = new XmlRpcTransport({ url: simulator.url });
    const error = await failure(transport.call('object', 'execute_kw', [odooDemo.database, odooDemo.userId, 'e'.repeat(40), 'res.partner', 'search', [[]]]));
    transport.close();
    expect(error.kind).toBe('CREDENTIALS');
    expect(error.message).toContain('Access Denied');
    expect(error.retryable).toBe(false);
  });

  it('maps fault 4 (access error) for private methods and unauthorised companies', async () => {
    const privateCall = await failure(client().call('res.partner', '_compute_display_name', {}, { ids: [1] }));
    expect(privateCall.kind).toBe('FORBIDDEN');
    expect(privateCall.message).toContain('Private methods');
    const company = await failure(client({ companyIds: [7] }).searchRead('res.partner', [], ['name']));
    expect(company.kind).toBe('FORBIDDEN');
    expect(company.message).toContain('Access to unauthorized or invalid companies.');
  });

  it('times out when Odoo hangs', async () => {
    const c = client({ timeoutMs: 200 });
    await c.authenticate();
    simulator.control.mode = 'hang';
    const error = await failure(c.searchRead('res.partner', [], ['name']));
    expect(error.kind).toBe('TIMEOUT');
    expect(error.message).toContain('Odoo n’a pas répondu à temps');
  });

  it('reports an HTTP error page as a server error, not a parse error', async () => {
    const c = client();
    await c.authenticate();
    simulator.control.mode = 'down';
    const error = await failure(c.searchRead('res.partner', [], ['name']));
    expect(error.kind).toBe('SERVER');
    expect(error.status).toBe(503);
    expect(error.message).not.toContain('XML-RPC tag');
  });

  it('serves the last good read, marked stale, when Odoo goes down', async () => {
    const c = client();
    const first = await c.searchRead<{ id: number }>('account.journal', [], ['name']);
    expect(first.stale).toBe(false);
    simulator.control.mode = 'down';
    const second = await c.searchRead<{ id: number }>('account.journal', [], ['name']);
    expect(second.stale).toBe(true);
    expect(second.value).toEqual(first.value);
    expect(second.readAt).toEqual(first.readAt);
  });
});

describe('Odoo connector when the server is gone', () => {
  it('reports Odoo as unreachable when nothing listens', async () => {
    const simulator = await startOdooSimulator({ port: 0 });
    const settings = odooDemoSettings(simulator.url);
    await simulator.close();
    const c = new OdooClient({ ...settings, resilience: noRetry });
    const error = await failure(c.version());
    c.close();
    expect(error.kind).toBe('UNREACHABLE');
    expect(error.message).toBe('Odoo est injoignable.');
  });
});
