import type { AnalyticAmount } from '../accounting-source.js';
import { classify, type CategoryMap } from '../categories/category-map.js';
import { AccountingCategory, AccountingDirection, allCategories, categoryLabels, directionOf } from '../categories/category.js';
import type { CategoryAmount, MonthActuals } from './actuals.type.js';

export interface ActualsFigures {
  spent: number;
  collected: number;
  categories: CategoryAmount[];
  months: MonthActuals[];
}

const internal = new Set([AccountingCategory.INTERNAL_EXPENSE, AccountingCategory.INTERNAL_INCOME]);

function emptyCategories(): Map<AccountingCategory, number> {
  return new Map(allCategories.map((c) => [c, 0]));
}

function toAmounts(totals: Map<AccountingCategory, number>): CategoryAmount[] {
  return allCategories.map((category) => ({ category, direction: directionOf(category), label: categoryLabels[category], amount: totals.get(category) ?? 0 }));
}

function sums(totals: Map<AccountingCategory, number>) {
  let spent = 0;
  let collected = 0;
  for (const [category, cents] of totals) {
    if (directionOf(category) === AccountingDirection.EXPENSE) spent += cents;
    else collected += cents;
  }
  return { spent, collected };
}

/** Spent and collected of a set of analytic accounts for one year, by category and month, in cents. A spending amount
 * counts as `−amount` (Odoo signs spending negative), so a supplier credit note lowers what was spent. With
 * `consolidated`, internal transfers are left out: both sides are inside the organisation and cancel out. */
export function actualsFigures(amounts: readonly AnalyticAmount[], accountIds: ReadonlySet<number>, year: number, map: CategoryMap, consolidated = false): ActualsFigures {
  const totals = emptyCategories();
  const months = Array.from({ length: 12 }, (_, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, totals: emptyCategories() }));
  for (const row of amounts) {
    if (!accountIds.has(row.accountId) || !row.month.startsWith(`${year}-`)) continue;
    const category = classify(map, row.generalAccount, row.product, row.cents);
    if (consolidated && internal.has(category)) continue;
    const cents = directionOf(category) === AccountingDirection.EXPENSE ? -row.cents : row.cents;
    totals.set(category, totals.get(category)! + cents);
    const month = months[Number(row.month.slice(5, 7)) - 1];
    if (month) month.totals.set(category, month.totals.get(category)! + cents);
  }
  return {
    ...sums(totals),
    categories: toAmounts(totals),
    months: months.map((m) => ({ month: m.month, ...sums(m.totals), categories: toAmounts(m.totals) })),
  };
}
