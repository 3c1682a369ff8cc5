import { describe, expect, it } from 'vitest';
import { BudgetCategory } from '../src/planning/categories.js';
import type { Forecast } from '../src/planning/forecast/forecast.type.js';
import { elapsedShare, review } from '../src/planning/review/review.js';

function forecastOf(year: number, amounts: Partial<Record<BudgetCategory, number>>): Forecast {
  const byCategory = Object.values(BudgetCategory).map((category) => ({ category, direction: undefined as never, amount: amounts[category] ?? 0 }));
  return { year, expense: 0, income: 0, byCategory, byMonth: [] };
}

const actuals = (amounts: Partial<Record<BudgetCategory, string>>) => ({
  categories: Object.entries(amounts).map(([category, amount]) => ({ category, amount: amount! })),
  months: [],
});

describe('budget review', () => {
  it('measures the share of the year elapsed in Réunion days', () => {
    expect(elapsedShare(2026, '2025-12-31')).toBe(0);
    expect(elapsedShare(2026, '2027-01-01')).toBe(1);
    expect(elapsedShare(2026, '2026-12-31')).toBe(1);
    expect(elapsedShare(2026, '2026-07-02')).toBeCloseTo(183 / 365, 5);
  });

  it('computes left to spend with what is committed, and flags the total overrun with its figure', () => {
    const r = review(forecastOf(2026, { CARE: 100_000, EXTERNAL_PURCHASE: 50_000 }), actuals({ CARE: '700.00', EXTERNAL_PURCHASE: '600.00' }), 20_000, '2026-12-31');
    expect(r.expense).toEqual({ forecast: 150_000, actual: 130_000, committed: 20_000, left: 0 });
    expect(r.alerts.find((a) => a.kind === 'OVERRUN' && a.category === null)).toBeUndefined();
    const over = review(forecastOf(2026, { CARE: 100_000, EXTERNAL_PURCHASE: 50_000 }), actuals({ CARE: '700.00', EXTERNAL_PURCHASE: '600.00' }), 20_001, '2026-12-31');
    expect(over.alerts.find((a) => a.kind === 'OVERRUN' && a.category === null)).toMatchObject({ figure: 150_001, reference: 150_000 });
    // 600 € spent for 500 € planned: the category itself overruns.
    expect(r.alerts.find((a) => a.category === BudgetCategory.EXTERNAL_PURCHASE && a.kind === 'OVERRUN')).toMatchObject({ figure: 60_000, reference: 50_000 });
  });

  it('warns early when spending runs ahead of the calendar beyond the tolerance', () => {
    // On 2 July about half the year has gone: 1 200 € prorated → above 1 320 € (10 %) is early.
    const planned = forecastOf(2026, { CARE: 240_000 });
    expect(review(planned, actuals({ CARE: '1300.00' }), 0, '2026-07-02').alerts).toEqual([]);
    const early = review(planned, actuals({ CARE: '1400.00' }), 0, '2026-07-02').alerts;
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ kind: 'EARLY_OVERRUN', figure: 140_000, reference: 120_329 });
  });

  it('warns when income is behind plan, and at year end when actual is far from forecast', () => {
    const behind = review(forecastOf(2026, { GRANT: 1_000_000 }), actuals({ GRANT: '3000.00' }), 0, '2026-07-02').alerts;
    expect(behind[0]).toMatchObject({ kind: 'INCOME_BEHIND', figure: 300_000 });
    const closed = review(forecastOf(2025, { SALE: 100_000 }), actuals({ SALE: '700.00' }), 0, '2026-03-01').alerts.map((a) => a.kind);
    expect(closed).toEqual(['INCOME_BEHIND', 'FORECAST_GAP']);
  });

  it('shows the forecast alone, without alerts, when Odoo’s actuals are missing', () => {
    const r = review(forecastOf(2026, { CARE: 100_000 }), null, null, '2026-07-02');
    expect(r.expense).toEqual({ forecast: 100_000, actual: null, committed: null, left: null });
    expect(r.alerts).toEqual([]);
  });
});
