import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.login('camille.payet@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

const festival = circleByCode('1111');
const cents = (money: string) => Math.round(Number(money) * 100);

const budgetQuery = `query($id: ID!, $year: Int!) {
  circle(id: $id) {
    actuals(year: $year) { spent categories { category amount } }
    committed { amount }
    claimsCommitted(year: $year)
    budget(year: $year) {
      forecast { expense }
      review {
        actualAvailable
        expense { forecast actual committed left }
        lines { category forecast actual left }
        alerts { kind category figure reference message }
        months { month forecastExpense actualExpense }
      }
    }
  }
}`;

describe('budget against actual, joined through federation', () => {
  it('compares the hub’s forecast with Odoo’s actuals and raises overrun alerts with their figures', async () => {
    const created = await hub.gql(
      'mutation($input: BudgetLineInput!) { createBudgetLine(input: $input) { id } }',
      { input: { circleId: festival.id, period: '2026-S2', category: 'EXTERNAL_PURCHASE', label: 'Son et lumière', amount: '100.00' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { data, errors } = await hub.gql(budgetQuery, { id: festival.id, year: 2026 }, admin);
    expect(errors).toBeUndefined();
    const { actuals, committed, budget } = data.circle;
    const review = budget.review;
    expect(review.actualAvailable).toBe(true);
    // The actual in the review is exactly what the accounting subgraph reports for the circle.
    expect(review.expense.actual).toBe(actuals.spent);
    expect(review.expense.committed).toBe(committed.amount);
    expect(review.expense.forecast).toBe('100.00');
    expect(cents(review.expense.left)).toBe(10_000 - cents(actuals.spent) - cents(committed.amount));
    const purchases = actuals.categories.find((c: any) => c.category === 'EXTERNAL_PURCHASE').amount;
    expect(review.lines.find((l: any) => l.category === 'EXTERNAL_PURCHASE')).toMatchObject({ forecast: '100.00', actual: purchases });
    const categoryOverrun = review.alerts.find((a: any) => a.kind === 'OVERRUN' && a.category === 'EXTERNAL_PURCHASE');
    expect(categoryOverrun).toMatchObject({ figure: purchases, reference: '100.00' });
    expect(categoryOverrun.message).toMatch(/Presta externe/);
    expect(review.alerts.some((a: any) => a.kind === 'OVERRUN' && a.category === null)).toBe(true);
    // The semester is spread over its six months.
    expect(review.months.filter((m: any) => m.forecastExpense !== '0.00').map((m: any) => m.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('gives the organisation’s budget, where a transfer between two circles changes nothing', async () => {
    const query = `query($year: Int!) { organisationBudget(year: $year) { forecast { expense income } review { actualAvailable expense { forecast } } } }`;
    const before = await hub.gql(query, { year: 2026 }, admin);
    expect(before.errors).toBeUndefined();
    await hub.gql(
      'mutation($input: InternalTransferInput!) { bookInternalTransfer(input: $input) { id } }',
      { input: { fromCircleId: festival.id, toCircleId: circleByCode('2210').id, amount: '400.00', date: '2026-12-19', reason: 'Part du bar du festival', status: 'FORECAST' } },
      admin,
    );
    const after = await hub.gql(query, { year: 2026 }, admin);
    expect(after.data.organisationBudget.forecast).toEqual(before.data.organisationBudget.forecast);
    expect(after.data.organisationBudget.review.actualAvailable).toBe(true);
  });
});

describe('the cash plan, joined through federation', () => {
  it('starts from the bank read in Odoo, chains the months, and marks those below the threshold', async () => {
    const query = `query($year: Int!, $threshold: Money) {
      cashPlan(year: $year, threshold: $threshold) { bankAvailable stale openingBalance lowestBalance months { month kind opening inflow outflow closing belowThreshold lines { source amount } } }
      bankPosition(year: $year) { accounts { openingBalance } }
    }`;
    const { data, errors } = await hub.gql(query, { year: 2026, threshold: '1000000.00' }, admin);
    expect(errors).toBeUndefined();
    const plan = data.cashPlan;
    expect(plan.bankAvailable).toBe(true);
    const opening = data.bankPosition.accounts.reduce((s: number, a: any) => s + cents(a.openingBalance), 0);
    expect(cents(plan.openingBalance)).toBe(opening);
    expect(plan.months).toHaveLength(12);
    for (let i = 1; i < 12; i++) expect(plan.months[i].opening).toBe(plan.months[i - 1].closing);
    for (const m of plan.months) expect(cents(m.closing)).toBe(cents(m.opening) + cents(m.inflow) - cents(m.outflow));
    expect(plan.months.every((m: any) => m.belowThreshold)).toBe(true);
    const low = await hub.gql(query, { year: 2026, threshold: '0.00' }, admin);
    expect(low.data.cashPlan.months.filter((m: any) => m.belowThreshold).length).toBeLessThan(12);
  });
});

describe('grant justification, joined through federation', () => {
  it('sums the actual spending of the financed lines within the grant period', async () => {
    const created = await hub.gql(
      'mutation($input: GrantInput!) { createGrant(input: $input) { id } }',
      { input: { funder: 'DRAC', label: 'Festival 2026', circleIds: [festival.id], amountGranted: '30000.00', periodStart: '2026-09-01', periodEnd: '2026-11-30' } },
      admin,
    );
    const id = created.data.createGrant.id;
    await hub.gql(
      'mutation($input: BudgetLineInput!) { createBudgetLine(input: $input) { id } }',
      { input: { circleId: festival.id, period: '2026-S2', category: 'EXTERNAL_PURCHASE', label: 'Cachets', amount: '20000.00', grantId: id } },
      admin,
    );
    const { data, errors } = await hub.gql(
      `query($id: ID!, $c: ID!, $year: Int!) {
        grant(id: $id) { justification { justified toJustify } }
        circle(id: $c) { actuals(year: $year) { months { month categories { category amount } } } }
      }`,
      { id, c: festival.id, year: 2026 },
      admin,
    );
    expect(errors).toBeUndefined();
    // Expected: external purchases of the circle from September to November (the S2 line, bounded by the grant period).
    const expected = data.circle.actuals.months
      .filter((m: any) => m.month >= '2026-09' && m.month <= '2026-11')
      .reduce((s: number, m: any) => s + cents(m.categories.find((c: any) => c.category === 'EXTERNAL_PURCHASE').amount), 0);
    expect(expected).toBeGreaterThan(0);
    expect(cents(data.grant.justification.justified)).toBe(expected);
    expect(cents(data.grant.justification.toJustify)).toBe(3_000_000 - expected);
  });
});

describe('grant reconciliation with Odoo', () => {
  it('sums what Odoo invoiced to and received from the funder for the financed circles', async () => {
    const cantine = circleByCode('2110');
    const created = await hub.gql(
      'mutation($input: GrantInput!) { createGrant(input: $input) { id } }',
      { input: { funder: 'CAF', label: 'Cantine solidaire 2026', circleIds: [cantine.id], amountGranted: '5000.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' } },
      admin,
    );
    const { data, errors } = await hub.gql(
      `query($id: ID!, $c: ID!, $year: Int!) {
        grant(id: $id) { justification { odooInvoiced odooReceived } }
        circle(id: $c) { grantReceipts(year: $year) { items { funder invoiced received } } }
      }`,
      { id: created.data.createGrant.id, c: cantine.id, year: 2026 },
      admin,
    );
    expect(errors).toBeUndefined();
    const fromRegion = data.circle.grantReceipts.items.filter((r: any) => /CAF/.test(r.funder));
    expect(fromRegion.length).toBeGreaterThan(0);
    const sum = (key: string) => fromRegion.reduce((s: number, r: any) => s + cents(r[key]), 0);
    expect(cents(data.grant.justification.odooInvoiced)).toBe(sum('invoiced'));
    expect(cents(data.grant.justification.odooReceived)).toBe(sum('received'));
  });
});
