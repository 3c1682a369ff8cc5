import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circles } from '@alambic/demo-data';
import { ormCalls } from '@alambic/accounting';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let camille: string;
let theo: string;

beforeAll(async () => {
  // The cache is off: every query below really reaches the Odoo simulator, so call counts mean something.
  hub = await startTestHub({ env: { ODOO_CACHE_SECONDS: '0', ODOO_TIMEOUT_MS: '300' } });
  camille = await hub.login('camille.payet@laraffinerie.re');
  theo = await hub.login('theo.fontaine@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

const organisationBudget = `query SuiviBudgetaire($year: Int!) {
  circles { id name kind analyticCode parent { id }
    actuals(year: $year) { spent collected readAt stale categories { category amount } months { month spent collected } }
    committed { amount billCount }
  }
  organisationActuals(year: $year) { spent collected categories { category label amount } }
  organisationCommitted { amount }
  bankPosition(year: $year) { balance accounts { name balance months { month closingBalance } } }
}`;

const circleBudget = `query SuiviBudgetaireCercle($id: ID!, $year: Int!) {
  circle(id: $id) { name
    actuals(year: $year) { spent collected }
    accountingDocuments(year: $year) { items { number kind partnerName total residual paymentState circleShare } }
    grantReceipts(year: $year) { invoiced received items { funder invoiced received } }
  }
}`;

describe('the budget follow-up through the gateway', () => {
  it('serves every circle’s actuals by category and month in a bounded number of Odoo calls', async () => {
    const simulator = hub.stack.subgraphs.accounting.simulator!;
    simulator.control.resetCounts();
    const { data, errors } = await hub.gql(organisationBudget, { year: 2026 }, camille);
    expect(errors).toBeUndefined();
    expect(data.circles).toHaveLength(circles.length);
    const cantine = data.circles.find((c: any) => c.analyticCode === '2110');
    expect(cantine.actuals.categories.find((c: any) => c.category === 'GRANT').amount).toBe('5000.00');
    expect(cantine.actuals.months).toHaveLength(12);
    expect(Number(cantine.committed.amount)).toBeGreaterThan(0);
    expect(data.organisationActuals.categories.find((c: any) => c.category === 'CARE').label).toBe('Bienveillance');
    expect(data.bankPosition.accounts.map((a: any) => a.name)).toEqual(['Banque Crédit Agricole', 'Qonto']);
    // Actuals: one aggregate for all circles and one for the organisation; committed: bills and lines, shared;
    // bank: journals and two aggregates. Never one call per circle. With the cache off, two fields asking the same
    // read share it only while it is in flight, so the count moves by one or two with timing (8 when they overlap).
    expect(ormCalls(simulator)).toBeLessThanOrEqual(10);
    expect(ormCalls(simulator)).toBeLessThan(circles.length);
  });

  it('keeps no answer at the gateway when Odoo’s reads are not cached: each asks Odoo again', async () => {
    const simulator = hub.stack.subgraphs.accounting.simulator!;
    await hub.gql(organisationBudget, { year: 2026 }, camille);
    simulator.control.resetCounts();
    const again = await hub.gql(organisationBudget, { year: 2026 }, camille);
    expect(again.errors).toBeUndefined();
    expect(again.headers.has('age')).toBe(false);
    expect(ormCalls(simulator)).toBeGreaterThan(0);
  });

  it('serves one circle’s documents and grants, and a member their own bills', async () => {
    const festival = circles.find((c) => c.analyticCode === '1111')!;
    const { data, errors } = await hub.gql(circleBudget, { id: festival.id, year: 2026 }, camille);
    expect(errors).toBeUndefined();
    expect(data.circle.grantReceipts).toMatchObject({ invoiced: '8000.00', received: '4000.00' });
    expect(data.circle.accountingDocuments.items.some((d: any) => d.paymentState === 'PAID')).toBe(true);
    const me = await hub.gql('query Moi($year: Int!) { me { displayName accountingDocuments(year: $year) { items { kind category paymentState } } } }', { year: 2026 }, theo);
    expect(me.errors).toBeUndefined();
    expect(me.data.me.accountingDocuments.items.length).toBeGreaterThan(0);
    expect(me.data.me.accountingDocuments.items.every((d: any) => d.category === 'CARE')).toBe(true);
  });

  it('keeps answering circles when Odoo hangs: Odoo fields stale or null with an error naming Odoo', async () => {
    const simulator = hub.stack.subgraphs.accounting.simulator!;
    simulator.control.mode = 'hang';
    try {
      const { data, errors } = await hub.gql(organisationBudget, { year: 2025 }, camille);
      expect(data.circles.length).toBe(circles.length);
      expect(data.circles.find((c: any) => c.analyticCode === '1000').name).toBe('Culture');
      // 2025 was never read: no copy to serve, so null; the bank position read before is served stale.
      expect(data.circles.every((c: any) => c.actuals === null)).toBe(true);
      expect(data.organisationActuals).toBeNull();
      expect(errors?.some((e: any) => e.extensions?.source === 'Odoo' && /^Odoo /.test(e.message))).toBe(true);
      expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|Traceback|stacktrace/);
    } finally {
      simulator.control.mode = 'up';
    }
  });
});
