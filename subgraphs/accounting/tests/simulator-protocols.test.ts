import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odooDemo } from '@alambic/demo-data';
import { ormCalls, startOdooSimulator, type OdooSimulator } from '../src/odoo/simulator/index.js';
import { XmlRpcTransport } from '../src/odoo/transport.js';

const { database: db, userId: uid, apiKey: key } = odooDemo;

async function json2(url: string, path: string, body: unknown, headers: Record<string, string> = { authorization: `bearer ${key}` }) {
  const response = await fetch(`${url}/json/2/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

describe('Odoo 19 simulator: JSON-2 and formatted_read_group', () => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 19 });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('answers bare JSON with named arguments and a bearer key', async () => {
    const { status, body } = await json2(sim.url, 'res.partner/search_read', { domain: [['id', '=', 303]], fields: ['name', 'active'], limit: 5, order: 'id', context: { lang: 'fr_FR' } });
    expect(status).toBe(200);
    expect(body).toEqual([{ id: 303, name: 'CAF de La Réunion', active: true }]);
    const read = await json2(sim.url, 'res.partner/read', { ids: [299, 999_999], fields: ['active'] });
    expect(read.body).toEqual([{ id: 299, active: false }]);
    const me = await json2(sim.url, 'res.users/context_get', {});
    expect(me.body.uid).toBe(uid);
  });

  it('refuses a missing or wrong key with 401 and Odoo’s two messages', async () => {
    const none = await json2(sim.url, 'res.partner/search', { domain: [] }, {});
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ name: 'werkzeug.exceptions.Unauthorized', message: 'User not authenticated, use an API Key with a Bearer Authorization header.' });
    const wrong = await json2(sim.url, 'res.partner/search', { domain: [] }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('Invalid apikey');
  });

  it('maps errors to statuses: 404 unknown model or missing record, 422 ids on a model method or a user error, 403 access, 500 with a traceback in debug, 400 bad JSON', async () => {
    expect((await json2(sim.url, 'x.nope/search', { domain: [] })).status).toBe(404);
    const gone = await json2(sim.url, 'res.partner/write', { ids: [999_999], vals: { name: 'x' } });
    expect(gone).toMatchObject({ status: 404, body: { name: 'odoo.exceptions.MissingError' } });
    expect((await json2(sim.url, 'res.partner/search', { ids: [1], domain: [] })).status).toBe(422);
    const order = await json2(sim.url, 'res.partner/search', { domain: [], order: 'nope' });
    expect(order).toMatchObject({ status: 422, body: { name: 'odoo.exceptions.UserError' } });
    const company = await json2(sim.url, 'res.partner/search', { domain: [], context: { allowed_company_ids: [5] } });
    expect(company).toMatchObject({ status: 403, body: { name: 'odoo.exceptions.AccessError', message: 'Access to unauthorized or invalid companies.' } });
    const field = await json2(sim.url, 'res.partner/search', { domain: [['nope', '=', 1]] });
    expect(field.status).toBe(500);
    expect(field.body.message).toContain("Invalid field 'nope' on model 'res.partner'");
    expect(field.body.debug).toContain('Traceback');
    expect((await json2(sim.url, 'res.partner/search', '{ nope')).status).toBe(400);
    expect((await fetch(`${sim.url}/json/2`, { method: 'POST' })).status).toBe(404);
  });

  it('gives date groups as [first day, label] in formatted_read_group, and counts every call', async () => {
    sim.control.resetCounts();
    const { body } = await json2(sim.url, 'account.analytic.line/formatted_read_group', { domain: [['account_id.code', '=', '3110']], groupby: ['date:month'], aggregates: ['amount:sum'], context: { lang: 'fr_FR' } });
    expect(body[0]).toMatchObject({ 'date:month': ['2026-01-01', 'janvier 2026'], __count: expect.any(Number) });
    expect(body[0]['amount:sum']).toBeLessThan(0);
    expect(sim.control.calls('json2')).toBe(1);
    expect(ormCalls(sim, 'account.analytic.line.formatted_read_group')).toBe(1);
  });
});

describe('Odoo simulator: legacy /xmlrpc, two-factor users, bank statement lines', () => {
  let sim: OdooSimulator;
  beforeAll(async () => {
    sim = await startOdooSimulator({ version: 17, twoFactor: true });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('answers legacy /xmlrpc/object faults with string codes', async () => {
    // The transport speaks /xmlrpc/2; the legacy path is posted by hand.
    const call = (params: string) => `<?xml version="1.0"?><methodCall><methodName>execute_kw</methodName><params>${params}</params></methodCall>`;
    const p = (v: string | number) => `<param><value>${typeof v === 'number' ? `<int>${v}</int>` : `<string>${v}</string>`}</value></param>`;
    const post = async (body: string) => (await fetch(`${sim.url}/xmlrpc/object`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body })).text();
    const denied = await post(call(p(db) + p(uid) + p('wrong') + p('res.partner') + p('search') + '<param><value><array><data><value><array><data></data></array></value></data></array></value></param>'));
    expect(denied).toContain('<name>faultCode</name><value><string>AccessDenied</string>');
    const missing = await post(call(p(db) + p(uid) + p(key) + p('res.partner') + p('write') + '<param><value><array><data><value><array><data><value><int>999999</int></value></data></array></value><value><struct></struct></value></data></array></value></param>'));
    expect(missing).toContain('<string>warning -- MissingError\n\nOne of the records you are trying to modify has already been deleted');
  });

  it('refuses the password of a two-factor user over RPC, accepts the key', async () => {
    const rpc = new XmlRpcTransport({ url: sim.url });
    try {
      expect(await rpc.call('common', 'authenticate', [db, odooDemo.login, odooDemo.password, {}])).toBe(false);
      expect(await rpc.call('common', 'authenticate', [db, odooDemo.login, key, {}])).toBe(uid);
    } finally {
      rpc.close();
    }
  });

  it('keeps bank statement lines whose date and state are their move’s, and a running balance', async () => {
    const rpc = new XmlRpcTransport({ url: sim.url });
    try {
      const lines = await rpc.call<Array<Record<string, any>>>('object', 'execute_kw', [db, uid, key, 'account.bank.statement.line', 'search_read', [[['journal_id.code', '=', 'BNK2']]], { fields: ['date', 'state', 'amount', 'move_id', 'running_balance', 'is_reconciled'], order: 'id' }]);
      expect(lines[0]).toMatchObject({ date: '2026-01-01', state: 'posted', amount: 3200, running_balance: 3200 });
      const [move] = await rpc.call<Array<Record<string, any>>>('object', 'execute_kw', [db, uid, key, 'account.move', 'read', [[lines[0]!.move_id[0]]], { fields: ['date', 'state', 'journal_id'] }]);
      expect(move).toMatchObject({ date: '2026-01-01', state: 'posted', journal_id: [5, 'Qonto'] });
      const last = lines.at(-1)!;
      expect(last.running_balance).toBeCloseTo(lines.reduce((s, l) => s + l.amount, 0), 2);
      expect(last.is_reconciled).toBe(false);
    } finally {
      rpc.close();
    }
  });
});
