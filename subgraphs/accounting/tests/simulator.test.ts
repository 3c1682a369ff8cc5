import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odooDemo } from '@alambic/demo-data';
import { startOdooSimulator, type OdooSimulator } from '../src/odoo/simulator/index.js';
import { XmlRpcTransport } from '../src/odoo/transport.js';
import { serializeMethodCall } from 'xmlrpc/lib/serializer.js';

const { database: db, userId: uid, apiKey: key } = odooDemo;

async function post(url: string, service: string, body: string) {
  const response = await fetch(`${url}/xmlrpc/2/${service}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

const call = (method: string, params: string) =>
  `<?xml version="1.0"?><methodCall><methodName>${method}</methodName><params>${params}</params></methodCall>`;
const s = (v: string) => `<param><value><string>${v}</string></value></param>`;
const i = (v: number) => `<param><value><int>${v}</int></value></param>`;

describe('Odoo simulator on the wire', () => {
  let sim: OdooSimulator;
  let rpc: XmlRpcTransport;
  const kw = <T>(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}) =>
    rpc.call<T>('object', 'execute_kw', [db, uid, key, model, method, args, kwargs]);

  beforeAll(async () => {
    sim = await startOdooSimulator({ port: 0 });
    rpc = new XmlRpcTransport({ url: sim.url });
  });
  afterAll(async () => {
    rpc?.close();
    await sim?.close();
  });

  it('sends faults with HTTP 200, text/xml and the exact body of Odoo', async () => {
    const res = await post(sim.url, 'object', call('execute_kw', s(db) + i(uid) + s('wrong') + s('res.partner') + s('search') + '<param><value><array><data><value><array><data></data></array></value></data></array></value></param>'));
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/xml');
    expect(res.text).toBe(
      '<?xml version="1.0"?><methodResponse><fault><value><struct>\n' +
        '<member><name>faultCode</name><value><int>3</int></value></member>\n' +
        '<member><name>faultString</name><value><string>Access Denied</string></value></member>\n' +
        '</struct></value></fault></methodResponse>\n',
    );
  });

  it('answers authenticate and login with a uid, or False (never a fault), for the password or the 40-hex key', async () => {
    expect(await rpc.call('common', 'authenticate', [db, odooDemo.login, key, {}])).toBe(uid);
    expect(await rpc.call('common', 'authenticate', [db, odooDemo.login, odooDemo.password, {}])).toBe(uid);
    expect(await rpc.call('common', 'login', [db, odooDemo.login, key])).toBe(uid);
    expect(await rpc.call('common', 'authenticate', [db, odooDemo.login, 'nope', {}])).toBe(false);
    const res = await post(sim.url, 'common', call('version', ''));
    expect(res.text).toContain('<name>server_version_info</name>');
  });

  it('encodes empty values as False, never nil; money as double; many2one as [id, name]; dates as strings', async () => {
    const res = await post(
      sim.url,
      'object',
      call('execute_kw', s(db) + i(uid) + s(key) + s('account.move') + s('search_read') +
        '<param><value><array><data><value><array><data><value><array><data><value><string>name</string></value><value><string>=</string></value><value><string>FAC/2026/00008</string></value></data></array></value></data></array></value></data></array></value></param>' +
        '<param><value><struct><member><name>fields</name><value><array><data><value><string>amount_total</string></value><value><string>partner_id</string></value><value><string>invoice_origin</string></value><value><string>date</string></value><value><string>create_date</string></value></data></array></value></member></struct></value></param>'),
    );
    expect(res.text).not.toContain('<nil/>');
    expect(res.text).toMatch(/<name>amount_total<\/name>\n<value><double>5000\.0<\/double><\/value>/);
    expect(res.text).toMatch(/<name>invoice_origin<\/name>\n<value><boolean>0<\/boolean><\/value>/);
    expect(res.text).toMatch(/<name>date<\/name>\n<value><string>2026-02-05<\/string><\/value>/);
    expect(res.text).toMatch(/<name>create_date<\/name>\n<value><string>2026-02-05 04:30:00<\/string><\/value>/);
    const [move] = await kw<Array<Record<string, unknown>>>('account.move', 'search_read', [[['name', '=', 'FAC/2026/00008']]], { fields: ['partner_id'] });
    expect(move!.partner_id).toEqual([303, 'CAF de La Réunion']);
  });

  it('reads records by id: missing ids are dropped, archived ones returned', async () => {
    const rows = await kw<Array<{ id: number; active: boolean }>>('res.partner', 'read', [[299, 999_999, 101]], { fields: ['active'] });
    expect(rows).toEqual([{ id: 299, active: false }, { id: 101, active: true }]);
    expect(await kw('res.partner', 'search', [[['id', '=', 299]]])).toEqual([]);
  });

  it('evaluates domains with &, |, !, dotted paths, like/ilike/=like, in/not in and child_of', async () => {
    const codes = async (domain: unknown[]) =>
      (await kw<Array<{ code: string }>>('account.analytic.account', 'search_read', [domain], { fields: ['code'], order: 'code' })).map((r) => r.code);
    expect(await codes(['|', ['code', '=', '1110'], ['code', '=', '2110']])).toEqual(['1110', '2110']);
    expect(await codes(['&', ['code', '=like', '4%'], '!', ['code', 'in', ['4000', '4100']]])).toEqual(['4110', '4111', '4200']);
    expect(await codes([['name', 'ilike', 'CANTINE']])).toEqual(['2110', 'FIN-CAF-2026']);
    expect(await codes([['plan_id.name', '=', 'Financements'], ['code', 'not like', 'DEP']])).toEqual(['FIN-CAF-2026', 'FIN-DRAC-2026', 'FIN-REG-2026']);
    expect(await codes([['plan_id', 'child_of', odooDemo.fundingPlanId]])).toHaveLength(4);
    expect(await kw('account.analytic.line', 'search_count', [[['account_id.code', '=', '1111'], ['amount', '>', 0]]])).toBeGreaterThan(0);
    const lines = await kw<Array<{ amount: number }>>('account.analytic.line', 'search_read', [[['date', '>=', '2026-03-01'], ['date', '<', '2026-04-01']]], { fields: ['amount', 'date'], limit: 3, order: 'id' });
    expect(lines).toHaveLength(3);
  });

  it('applies the analytic sign rule: expenses negative, income positive, and only once posted', async () => {
    const bills = await kw<Array<{ amount: number }>>('account.analytic.line', 'search_read', [[['category', '=', 'vendor_bill']]], { fields: ['amount'] });
    const invoices = await kw<Array<{ amount: number }>>('account.analytic.line', 'search_read', [[['category', '=', 'invoice']]], { fields: ['amount'] });
    expect(bills.every((l) => l.amount < 0)).toBe(true);
    expect(invoices.every((l) => l.amount > 0)).toBe(true);
    const notPosted = await kw<number[]>('account.move', 'search', [[['state', 'in', ['draft', 'cancel']]]]);
    expect(notPosted.length).toBe(4);
    expect(await kw('account.analytic.line', 'search_count', [[['move_line_id.move_id', 'in', notPosted]]])).toBe(0);
    const grants = await kw<Array<{ payment_state: string; amount_residual: number }>>('account.move', 'search_read', [[['move_type', '=', 'out_invoice'], ['state', '=', 'posted'], ['line_ids.account_id.code', '=', '740000']]], { fields: ['payment_state', 'amount_residual'] });
    expect(grants).toHaveLength(3);
    expect(grants.every((g) => g.payment_state === 'partial' && g.amount_residual > 0)).toBe(true);
  });

  it('encodes analytic distribution keys per version: comma-joined from 17 with x_plan2_id', async () => {
    const [line] = await kw<Array<{ analytic_distribution: Record<string, number> }>>('account.move.line', 'search_read', [[['account_id.code', '=', '740000'], ['move_id.partner_id', '=', 303]]], { fields: ['analytic_distribution'] });
    expect(line!.analytic_distribution).toEqual({ '10,32': 100 });
    const [analytic] = await kw<Array<Record<string, unknown>>>('account.analytic.line', 'search_read', [[['general_account_id.code', '=', '740000'], ['partner_id', '=', 303]]], { fields: ['account_id', 'x_plan2_id'] });
    expect(analytic!.account_id).toEqual([10, '[2110] Cantine solidaire']);
    expect(analytic!.x_plan2_id).toEqual([32, '[FIN-CAF-2026] CAF – Cantine solidaire 2026 - CAF de La Réunion']);
    expect(await kw('account.move.line', 'search_count', [[['analytic_distribution', 'in', [32]]]])).toBe(1);
  });

  it('groups with read_group: lazy count key, field:sum, date:month labels in the context language', async () => {
    const groups = await kw<Array<Record<string, unknown>>>('account.analytic.line', 'read_group', [[['account_id.code', '=', '3110']], ['amount:sum'], ['date:month']], { lazy: true, context: { lang: 'en_US' } });
    expect(groups[0]).toMatchObject({ 'date:month': 'January 2026', __range: { 'date:month': { from: '2026-01-01', to: '2026-02-01' } } });
    expect(groups[0]!['date:month_count']).toBeGreaterThan(0);
    expect(groups[0]!.amount).toBeLessThan(0);
  });

  it('repeats the domain in each group as __domain, as Odoo does (the connector does not decode it)', async () => {
    const body = serializeMethodCall('execute_kw', [db, uid, key, 'account.analytic.line', 'read_group', [[['account_id.code', '=', '3110']], ['amount:sum'], ['date:month']], { lazy: false }]);
    const { text } = await post(sim.url, 'object', body);
    expect(text).toContain('<name>__domain</name>');
    expect(text).toContain('<string>account_id.code</string>');
  });

  it('describes fields with fields_get in English unless lang is given', async () => {
    const en = await kw<Record<string, Record<string, unknown>>>('account.analytic.account', 'fields_get', [], { allfields: ['plan_id'], attributes: ['string', 'relation', 'required'] });
    expect(en).toEqual({ plan_id: { string: 'Plan', relation: 'account.analytic.plan', required: true } });
    const fr = await kw<Record<string, Record<string, unknown>>>('account.move', 'fields_get', [['payment_state']], { attributes: ['string'], context: { lang: 'fr_FR' } });
    expect(fr.payment_state!.string).toBe('État du paiement');
  });

  it('faults like Odoo: 1 with a traceback for a bad field or a client dateTime, 2 unknown model or order, 4 private method or company', async () => {
    await expect(kw('res.partner', 'search', [[['nope', '=', 1]]])).rejects.toMatchObject({ kind: 'SERVER' });
    const raw = await post(sim.url, 'object', call('execute_kw', s(db) + i(uid) + s(key) + s('res.partner') + s('search') + '<param><value><array><data><value><array><data><value><array><data><value><string>nope</string></value><value><string>=</string></value><value><int>1</int></value></data></array></value></data></array></value></data></array></value></param>'));
    expect(raw.text).toContain('<int>1</int>');
    expect(raw.text).toContain('Traceback (most recent call last):');
    expect(raw.text).toContain("ValueError: Invalid field 'nope' in leaf");
    const date = await post(sim.url, 'object', call('execute_kw', s(db) + i(uid) + s(key) + s('res.partner') + s('search') + '<param><value><dateTime.iso8601>2026-01-15T10:00:00Z</dateTime.iso8601></value></param>'));
    expect(date.text).toContain("does not match format '%Y%m%dT%H:%M:%S'");
    await expect(kw('no.model', 'search', [[]])).rejects.toMatchObject({ kind: 'BAD_REQUEST' });
    await expect(kw('res.partner', '_read', [[]])).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(kw('res.partner', 'search', [[]], { context: { allowed_company_ids: [2] } })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(kw('account.analytic.line', 'write', [[1], { amount: 3 }])).rejects.toMatchObject({ kind: 'BAD_REQUEST' });
  });

  it('counts calls per method and per model.method', async () => {
    sim.control.resetCounts();
    await kw('res.partner', 'search_count', [[]]);
    await kw('res.partner', 'search_count', [[]]);
    expect(sim.control.calls('execute_kw')).toBe(2);
    expect(sim.control.calls('execute_kw:res.partner.search_count')).toBe(2);
  });
});

describe('Odoo simulator versions', () => {
  it('16: single-id distribution keys, one analytic line per account, no x_plan2_id, 16 error wording', async () => {
    const sim = await startOdooSimulator({ version: 16 });
    const rpc = new XmlRpcTransport({ url: sim.url });
    try {
      const version = await rpc.call<{ server_version_info: unknown[] }>('common', 'version', []);
      expect(version.server_version_info[0]).toBe(16);
      const [line] = await rpc.call<Array<{ analytic_distribution: Record<string, number> }>>('object', 'execute_kw', [db, uid, key, 'account.move.line', 'search_read', [[['account_id.code', '=', '740000'], ['partner_id', '=', 303]]], { fields: ['analytic_distribution'] }]);
      expect(line!.analytic_distribution).toEqual({ '10': 100, '32': 100 });
      const lines = await rpc.call<Array<{ account_id: [number, string] }>>('object', 'execute_kw', [db, uid, key, 'account.analytic.line', 'search_read', [[['general_account_id.code', '=', '740000'], ['partner_id', '=', 303]]], { fields: ['account_id'] }]);
      expect(lines.map((l) => l.account_id[0]).sort()).toEqual([10, 32]);
      await expect(rpc.call('object', 'execute_kw', [db, uid, key, 'account.analytic.line', 'search', [[['x_plan2_id', '=', 32]]]])).rejects.toMatchObject({ kind: 'SERVER' });
    } finally {
      rpc.close();
      await sim.close();
    }
  });

  it('19: version 19 and its domain error wording; formatted_read_group answers', async () => {
    const sim = await startOdooSimulator({ version: 19 });
    const rpc = new XmlRpcTransport({ url: sim.url });
    try {
      const error = await rpc.call('object', 'execute_kw', [db, uid, key, 'res.partner', 'search', [[['nope', '=', 1]]]]).catch((e: Error) => e);
      expect((error as Error).message).toContain("Invalid field 'nope' on model 'res.partner'");
      const groups = await rpc.call<Array<Record<string, unknown>>>('object', 'execute_kw', [db, uid, key, 'account.analytic.line', 'formatted_read_group', [[['account_id.code', '=', '1110']], ['account_id'], ['amount:sum']]]);
      expect(groups[0]).toHaveProperty('amount:sum');
      expect(groups[0]).toHaveProperty('__count');
      expect(groups[0]).toHaveProperty('__extra_domain');
      const web = await fetch(`${sim.url}/web/version`);
      expect(await web.json()).toEqual({ version_info: [19, 0, 0, 'final', 0, ''], version: '19.0' });
    } finally {
      rpc.close();
      await sim.close();
    }
  });
});
