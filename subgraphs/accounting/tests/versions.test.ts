import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '@alambic/connector-kit';
import { odooDemo } from '@alambic/demo-data';
import { odooDemoSettings } from '../src/config.js';
import { OdooClient } from '../src/odoo/client.js';
import { distributionFrom } from '../src/odoo/documents-mapping.js';
import type { OdooProtocolChoice } from '../src/odoo/settings.js';
import { ormCalls, startOdooSimulator, type OdooSimulator, type OdooVersion } from '../src/odoo/simulator/index.js';

const noRetry = { retries: 0, freshForMs: 0, volumeThreshold: 1000 };

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

const cases: Array<{ version: OdooVersion; protocol: OdooProtocolChoice; expected: 'xmlrpc' | 'json2' }> = [
  { version: 16, protocol: 'auto', expected: 'xmlrpc' },
  { version: 17, protocol: 'auto', expected: 'xmlrpc' },
  { version: 18, protocol: 'auto', expected: 'xmlrpc' },
  { version: 19, protocol: 'auto', expected: 'json2' },
  { version: 19, protocol: 'xmlrpc', expected: 'xmlrpc' },
];

for (const { version, protocol, expected } of cases) {
  describe(`the connector against Odoo ${version} over ${expected}`, () => {
    let simulator: OdooSimulator;
    let client: OdooClient;
    const calls = () => simulator.control.calls(expected === 'json2' ? 'json2' : 'execute_kw');

    beforeAll(async () => {
      simulator = await startOdooSimulator({ version });
      client = new OdooClient({ ...odooDemoSettings(simulator.url, null), protocol, resilience: noRetry });
    });
    afterAll(async () => {
      client?.close();
      await simulator?.close();
    });

    it('detects the version, picks the protocol and authenticates with the API key', async () => {
      expect(await client.majorVersion()).toBe(version);
      expect((await client.connection()).name).toBe(expected);
      expect(await client.authenticate()).toBe(odooDemo.userId);
    });

    it('sums analytic lines by account and month on the server, with the same rows in every version', async () => {
      simulator.control.resetCounts();
      const { value } = await client.aggregate('account.analytic.line', [['account_id.code', '=', '2110']], ['account_id', 'date:month'], ['amount:sum']);
      expect(calls()).toBe(1);
      expect(ormCalls(simulator, `account.analytic.line.${version >= 19 ? 'formatted_read_group' : 'read_group'}`)).toBe(1);
      const expectedByMonth = new Map<string, number>();
      for (const line of simulator.database.rows('account.analytic.line')) {
        if (line.account_id !== 10) continue;
        const month = `${String(line.date).slice(0, 7)}-01`;
        expectedByMonth.set(month, (expectedByMonth.get(month) ?? 0) + Math.round(Number(line.amount) * 100));
      }
      expect(value.map((r) => r.groups['date:month'])).toEqual([...expectedByMonth.keys()].sort());
      for (const row of value) {
        expect(row.groups.account_id).toEqual([10, '[2110] Cantine solidaire']);
        expect(Math.round(row.values['amount:sum']! * 100)).toBe(expectedByMonth.get(row.groups['date:month'] as string));
      }
    });

    it('reads the analytic distribution as Odoo stores it in this version', async () => {
      const { value } = await client.searchRead<{ analytic_distribution: Record<string, number> }>('account.move.line', [['account_id.code', '=', '740000'], ['move_id.partner_id', '=', 303]], ['analytic_distribution']);
      expect(value[0]!.analytic_distribution).toEqual(version === 16 ? { '10': 100, '32': 100 } : { '10,32': 100 });
      const shares = distributionFrom(value[0]!.analytic_distribution);
      expect(shares.filter((s) => s.accountIds.includes(10)).reduce((sum, s) => sum + s.percent, 0)).toBe(100);
      if (version >= 17) {
        const lines = await client.searchRead<Record<string, unknown>>('account.analytic.line', [['general_account_id.code', '=', '740000'], ['partner_id', '=', 303]], ['account_id', 'x_plan2_id']);
        expect(lines.value).toEqual([expect.objectContaining({ account_id: [10, '[2110] Cantine solidaire'], x_plan2_id: [32, expect.stringContaining('CAF')] })]);
      }
    });

    it('reads with explicit fields in French, drops missing ids and knows the version’s payment states', async () => {
      const { value } = await client.read<{ id: number; active: boolean }>('res.partner', [299, 999_999], ['active']);
      expect(value).toEqual([{ id: 299, active: false }]);
      const fields = await client.call<Record<string, { string: string; selection: string[][] }>>('account.move', 'fields_get', { allfields: ['payment_state'], attributes: ['string', 'selection'] });
      expect(fields.value.payment_state!.string).toBe('État du paiement');
      expect(fields.value.payment_state!.selection.map(([key]) => key).includes('blocked')).toBe(version >= 18);
    });

    it('turns faults into plain errors: unknown model, bad field, record gone, private method', async () => {
      const unknown = await failure(client.searchRead('x.unknown', [], ['name']));
      expect(unknown.kind).toBe('BAD_REQUEST');
      expect(unknown.message).toMatch(/x\.unknown/);
      const field = await failure(client.searchRead('res.partner', [['nope', '=', 1]], ['name']));
      expect(field.kind).toBe('SERVER');
      expect(field.message).toContain("Invalid field 'nope'");
      expect(field.message).not.toMatch(/Traceback|File "/);
      const gone = await failure(client.call('res.partner', 'write', { vals: { name: 'x' } }, { ids: [999_999] }));
      expect(gone.kind).toBe('NOT_FOUND');
      const secret = await failure(client.call('res.partner', '_read', {}, { ids: [1] }));
      expect(secret.kind).toBe('FORBIDDEN');
      expect(secret.message).toContain('Private methods');
      for (const error of [unknown, field, gone, secret]) expect(error.message).not.toContain(simulator.url);
    });

    it('says the key is refused, without showing it', async () => {
      const wrong = new OdooClient({ ...odooDemoSettings(simulator.url, null), protocol, apiKey: 'c'.repeat(40), resilience: noRetry });
      const error = await failure(wrong.authenticate());
      wrong.close();
      expect(error.kind).toBe('CREDENTIALS');
      expect(error.message).toMatch(/^Odoo refuse les identifiants du hub/);
      expect(error.message).toContain('ODOO_API_KEY');
      expect(error.message).not.toContain('c'.repeat(40));
    });
  });
}

describe('the connector with a configured version and an expiring key', () => {
  it('uses ODOO_VERSION without asking the server, and refuses JSON-2 below 19', async () => {
    const simulator = await startOdooSimulator({ version: 18 });
    const client = new OdooClient({ ...odooDemoSettings(simulator.url, null), version: 18, resilience: noRetry });
    const json2 = new OdooClient({ ...odooDemoSettings(simulator.url, null), protocol: 'json2', resilience: noRetry });
    try {
      simulator.control.resetCounts();
      expect(await client.authenticate()).toBe(odooDemo.userId);
      expect(simulator.control.calls('version')).toBe(0);
      const error = await failure(json2.authenticate());
      expect(error.message).toContain('JSON-2 demande Odoo 19 ou plus');
    } finally {
      client.close();
      json2.close();
      await simulator.close();
    }
  });

  for (const version of [17, 18, 19] as OdooVersion[]) {
    it(`${version >= 18 ? 'fails like a wrong key' : 'still works'} when the key's expiry date has passed (Odoo ${version})`, async () => {
      const simulator = await startOdooSimulator({ version, apiKeyExpiresAt: '2020-01-01T00:00:00Z', twoFactor: true });
      const client = new OdooClient({ ...odooDemoSettings(simulator.url, null), resilience: noRetry });
      try {
        if (version < 18) expect(await client.authenticate()).toBe(odooDemo.userId);
        else expect((await failure(client.authenticate())).kind).toBe('CREDENTIALS');
      } finally {
        client.close();
        await simulator.close();
      }
    });
  }
});
