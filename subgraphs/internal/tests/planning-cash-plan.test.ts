import { describe, expect, it } from 'vitest';
import { BudgetCategory, Direction } from '../src/planning/categories.js';
import { cashPlan, type CashPlanInputs } from '../src/planning/cash/cash-plan.js';
import type { Forecast } from '../src/planning/forecast/forecast.type.js';

const forecast = (rows: Array<[string, BudgetCategory, number]>): Forecast => ({
  year: 2026,
  expense: 0,
  income: 0,
  byCategory: [],
  byMonth: rows.map(([month, category, amount]) => ({ month, category, amount })),
});

const base = (overrides: Partial<CashPlanInputs> = {}): CashPlanInputs => ({
  year: 2026,
  today: '2026-11-23',
  threshold: 0,
  forecast: forecast([]),
  accounting: {
    openingBalance: '1000.00',
    months: Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, inflow: '100.00', outflow: '50.00' })),
    openDocuments: [],
    actual: [],
  },
  instalments: [],
  manualLines: [],
  ...overrides,
});

describe('cash plan', () => {
  it('uses the bank for past months and chains closing into the next opening', () => {
    const plan = cashPlan(base());
    expect(plan.months.slice(0, 10).every((m) => m.kind === 'REAL')).toBe(true);
    expect(plan.months[10].kind).toBe('FORECAST');
    expect(plan.months[0]).toMatchObject({ opening: 100_000, inflow: 10_000, outflow: 5_000, closing: 105_000 });
    expect(plan.months[9].closing).toBe(100_000 + 10 * 5_000);
    expect(plan.months[10].opening).toBe(plan.months[9].closing);
    // November and December have nothing planned: the balance stays.
    expect(plan.months[11].closing).toBe(150_000);
  });

  it('does not count twice a forecast already matched by an actual or an open bill', () => {
    // 3 000 € of purchases planned: 1 000 € in June (past), 1 000 € in November, 1 000 € in December.
    // 1 800 € already spent and a 500 € bill still to pay: 1 300 € beyond the past plan eats November and 300 € of December.
    const plan = cashPlan(
      base({
        forecast: forecast([
          ['2026-06', BudgetCategory.EXTERNAL_PURCHASE, 100_000],
          ['2026-11', BudgetCategory.EXTERNAL_PURCHASE, 100_000],
          ['2026-12', BudgetCategory.EXTERNAL_PURCHASE, 100_000],
        ]),
        accounting: {
          ...base().accounting,
          actual: [{ category: 'EXTERNAL_PURCHASE', amount: '1800.00' }],
          openDocuments: [{ number: 'FACTU/1', partnerName: 'Son Péi', direction: 'EXPENSE', dueDate: '2026-12-05', residual: '500.00', category: 'EXTERNAL_PURCHASE' }],
        },
      }),
    );
    const budget = (month: number) => plan.months[month].lines.filter((l) => l.source === 'BUDGET').reduce((s, l) => s + l.amount, 0);
    expect(budget(10)).toBe(0);
    expect(budget(11)).toBe(70_000);
    expect(plan.months[11].lines.find((l) => l.source === 'PAYABLE')).toMatchObject({ amount: 50_000, direction: Direction.EXPENSE });
    expect(plan.months[11].outflow).toBe(120_000);
  });

  it('counts expected grant instalments instead of the grant forecast, and manual lines, and marks months below the threshold', () => {
    const plan = cashPlan(
      base({
        threshold: 140_000,
        forecast: forecast([['2026-12', BudgetCategory.GRANT, 300_000]]),
        instalments: [
          { label: 'Versement Région', expectedOn: '2026-12-15', expected: 200_000, received: null },
          { label: 'Déjà reçu', expectedOn: '2026-12-15', expected: 999_999, received: 999_999 },
        ],
        manualLines: [{ month: '2026-11', direction: Direction.EXPENSE, amount: 20_000, label: 'Caution' }],
      }),
    );
    expect(plan.months[10].closing).toBe(130_000);
    expect(plan.months[10].belowThreshold).toBe(true);
    // December: 2 000 € expected from the Région, and the rest of the grant forecast (1 000 €).
    expect(plan.months[11].inflow).toBe(300_000);
    expect(plan.months[11].belowThreshold).toBe(false);
    expect(plan.lowestBalance).toBe(105_000);
  });
});
