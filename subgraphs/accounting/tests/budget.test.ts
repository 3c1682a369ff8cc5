import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circles, members } from '@alambic/demo-data';
import type { SubgraphServer } from '@alambic/subgraph-kit';
import { odooDemoSettings } from '../src/config.js';
import { startOdooSimulator, type OdooSimulator } from '../src/odoo/simulator/index.js';
import { createAccountingSubgraph } from '../src/subgraph.js';
import { budgetQuery, cents, documentsQuery, euros, expectedActuals, gql, memberDocumentsQuery, memberHeaderFor, organisationQuery, representations, secret, silentLogger } from './helpers.js';

const codeOf = (code: string) => circles.find((c) => c.analyticCode === code)!;

describe('the budget follow-up of circles, members and the organisation', () => {
  let simulator: OdooSimulator;
  let subgraph: SubgraphServer;
  let url: string;

  beforeAll(async () => {
    simulator = await startOdooSimulator({ port: 0 });
    subgraph = await createAccountingSubgraph({ settings: odooDemoSettings(simulator.url, null), identitySecret: secret, logger: silentLogger });
    url = await subgraph.listen(0);
  });

  afterAll(async () => {
    await subgraph?.close();
    await simulator?.close();
  });

  it('splits every circle’s actuals into the eight categories and twelve months, adding up exactly to spent and collected', async () => {
    const { body } = await gql(url, budgetQuery, { r: representations(), year: 2026 });
    expect(body.errors).toBeUndefined();
    for (const [i, circle] of circles.entries()) {
      const actuals = body.data._entities[i].actuals;
      const expected = expectedActuals(simulator, circle.analyticCode, 2026);
      expect(actuals.spent, circle.analyticCode).toBe(euros(expected.spent));
      expect(actuals.categories).toHaveLength(8);
      const spending = actuals.categories.filter((c: any) => c.direction === 'EXPENSE').reduce((s: number, c: any) => s + cents(c.amount), 0);
      const income = actuals.categories.filter((c: any) => c.direction === 'INCOME').reduce((s: number, c: any) => s + cents(c.amount), 0);
      expect(spending).toBe(expected.spent);
      expect(income).toBe(expected.collected);
      expect(actuals.months.map((m: any) => m.month)).toEqual(Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`));
      expect(actuals.months.reduce((s: number, m: any) => s + cents(m.spent), 0)).toBe(expected.spent);
    }
  });

  it('ranks lines by the category map: co-rémunération, presta interne (by product), purchases, grants, internal transfers', async () => {
    const { body } = await gql(url, budgetQuery, { r: representations(['2110', '6110', '2210', '1111']), year: 2026 });
    const amount = (code: string, category: string) =>
      cents(body.data._entities.find((e: any) => e.id === codeOf(code).id).actuals.categories.find((c: any) => c.category === category).amount);
    expect(amount('2110', 'CARE')).toBeGreaterThan(0); // co-rémunération cuisine
    expect(amount('2110', 'EXTERNAL_PURCHASE')).toBeGreaterThan(0); // groceries
    expect(amount('2110', 'GRANT')).toBe(500_000); // CAF
    expect(amount('2110', 'SALE')).toBeGreaterThan(0);
    expect(amount('6110', 'INTERNAL_SERVICE')).toBeGreaterThan(0); // presta interne repair café, told apart by its product
    expect(amount('6110', 'CARE')).toBe(0);
    expect(amount('2210', 'INTERNAL_INCOME')).toBeGreaterThan(0); // the bar hands drinks over
    expect(amount('1111', 'INTERNAL_EXPENSE')).toBeGreaterThan(0); // the festival receives them
    expect(amount('1111', 'GRANT')).toBe(800_000);
  });

  it('gives committed amounts: unpaid posted bills and drafts, for the circle’s share', async () => {
    const { body } = await gql(url, budgetQuery, { r: representations(['1111', '2110', '1000', '6110']), year: 2026 });
    const committedOf = (code: string) => body.data._entities.find((e: any) => e.id === codeOf(code).id).committed;
    const [festival, cantine, culture] = ['1111', '2110', '1000'].map(committedOf);
    // The festival has the 860 € draft programme among its unpaid bills; Culture covers the festival.
    expect(cents(festival.amount)).toBeGreaterThanOrEqual(86_000);
    expect(cents(cantine.amount)).toBeGreaterThanOrEqual(31_240);
    expect(cents(culture.amount)).toBeGreaterThanOrEqual(cents(festival.amount));
    expect(festival.billCount).toBeGreaterThan(0);
    expect(festival.stale).toBe(false);
    // Expected from the simulator's own books: residual × share of every open bill on the festival's account.
    const db = simulator.database;
    const festivalId = db.rows('account.analytic.account').find((a) => a.code === '1111')!.id;
    let expected = 0;
    for (const move of db.rows('account.move')) {
      if (move.move_type !== 'in_invoice' || !['draft', 'posted'].includes(String(move.state)) || move.payment_state === 'paid') continue;
      const total = Math.round(Number(move.amount_total) * 100);
      const residual = Math.round(Number(move.amount_residual) * 100);
      let share = 0;
      for (const line of db.rows('account.move.line')) {
        if (line.move_id !== move.id || line.display_type !== 'product') continue;
        const pct = Object.entries((line.analytic_distribution || {}) as Record<string, number>).filter(([k]) => k.split(',').map(Number).includes(festivalId)).reduce((s, [, p]) => s + p, 0);
        share += Math.round((Math.round(Number(line.balance) * 100) * pct) / 100);
      }
      if (share !== 0) expected += Math.round((share * residual) / total);
    }
    expect(cents(festival.amount)).toBe(expected);
  });

  it('lists a circle’s invoices and bills with payment state and its share, and its grant receipts', async () => {
    const { body } = await gql(url, documentsQuery, { r: representations(['1111', '2110', '4110']), year: 2026 });
    expect(body.errors).toBeUndefined();
    const [festival, cantine, jardin] = ['1111', '2110', '4110'].map((code) => body.data._entities.find((e: any) => e.id === codeOf(code).id));
    const items = festival.accountingDocuments.items;
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((d: any) => d.circleShare !== null)).toBe(true);
    const shared = items.find((d: any) => d.total === '1400.00');
    expect(shared).toMatchObject({ kind: 'BILL', circleShare: '560.00', category: 'EXTERNAL_PURCHASE' });
    const draft = items.find((d: any) => d.state === 'DRAFT');
    expect(draft).toMatchObject({ number: null, total: '860.00', residual: '860.00', paymentState: 'NOT_PAID' });
    expect(new Set(items.map((d: any) => d.paymentState))).toContain('PAID');
    expect(festival.grantReceipts).toMatchObject({ invoiced: '8000.00', received: '4000.00' });
    expect(festival.grantReceipts.items).toEqual([
      expect.objectContaining({ funder: 'Région Réunion', fundingAccount: 'Région – Festival Zot Musik 2026', invoiced: '8000.00', received: '4000.00', toReceive: '4000.00', paymentState: 'PARTIAL' }),
    ]);
    expect(cantine.grantReceipts.items[0]).toMatchObject({ funder: 'CAF de La Réunion', invoiced: '5000.00', received: '3000.00' });
    // The Département grant is still a draft: invoiced to nobody yet.
    expect(jardin.grantReceipts.items).toEqual([]);
  });

  it('shows a member their own invoices and bills, and refuses them to another member', async () => {
    const theo = members.find((m) => m.email === 'theo.fontaine@laraffinerie.re')!;
    const r = [{ __typename: 'Member', id: theo.id, odooPartnerId: theo.odooPartnerId }];
    const own = await gql(url, memberDocumentsQuery, { r, year: 2026 }, memberHeaderFor(theo.id));
    expect(own.body.errors).toBeUndefined();
    const items = own.body.data._entities[0].accountingDocuments.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((d: any) => d.partnerName === `${theo.firstName} ${theo.lastName}` && d.kind === 'BILL' && d.category === 'CARE')).toBe(true);
    const admin = await gql(url, memberDocumentsQuery, { r, year: 2026 }, memberHeaderFor(members[0]!.id, true));
    expect(admin.body.data._entities[0].accountingDocuments.items).toHaveLength(items.length);
    const other = await gql(url, memberDocumentsQuery, { r, year: 2026 }, memberHeaderFor(members[2]!.id));
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.body.data._entities[0].accountingDocuments).toBeNull();
    const without = await gql(url, memberDocumentsQuery, { r: [{ __typename: 'Member', id: 'x', odooPartnerId: null }], year: 2026 }, memberHeaderFor('x'));
    expect(without.body.data._entities[0].accountingDocuments).toBeNull();
  });

  it('gives the organisation’s actuals (internal transfers cancelled), committed, documents and bank position', async () => {
    const { body } = await gql(url, organisationQuery, { year: 2026 });
    expect(body.errors).toBeUndefined();
    const { organisationActuals: actuals, organisationCommitted: committed, accountingDocuments: documents, bankPosition: bank } = body.data;
    const roots = circles.filter((c) => c.parentCode === null).map((c) => expectedActuals(simulator, c.analyticCode, 2026));
    const internal = actuals.categories.filter((c: any) => c.category.startsWith('INTERNAL_') && c.category !== 'INTERNAL_SERVICE');
    expect(internal.every((c: any) => c.amount === '0.00')).toBe(true);
    expect(cents(actuals.spent)).toBeLessThan(roots.reduce((s, r) => s + r.spent, 0));
    expect(cents(actuals.spent)).toBeGreaterThan(0);
    expect(cents(committed.amount)).toBeGreaterThan(0);
    expect(documents.items.length).toBeGreaterThan(100);
    expect(documents.items.filter((d: any) => d.state === 'CANCELLED')).toHaveLength(1);
    expect(bank.accounts.map((a: any) => a.code)).toEqual(['BNK1', 'BNK2']);
    const qonto = bank.accounts[1];
    expect(qonto).toMatchObject({ name: 'Qonto', kind: 'BANK', openingBalance: '0.00' });
    expect(qonto.months[0]).toMatchObject({ month: '2026-01', inflow: '3700.00', outflow: '19.00', closingBalance: '3681.00' });
    // The balance is what the statement lines add up to, and the last month closes on it.
    const lines = simulator.database.rows('account.bank.statement.line').filter((l) => l.journal_id === Number(qonto.id));
    expect(cents(qonto.balance)).toBe(lines.reduce((s, l) => s + Math.round(Number(l.amount) * 100), 0));
    expect(qonto.months[11].closingBalance).toBe(qonto.balance);
    expect(cents(bank.balance)).toBe(cents(bank.accounts[0].balance) + cents(qonto.balance));
  });

  it('refuses a bad year on every year argument', async () => {
    const { body } = await gql(url, organisationQuery, { year: 3000 });
    expect(body.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.message.includes('Année invalide'))).toBe(true);
  });
});
