import DataLoader from 'dataloader';
import { Between, Like, type DataSource } from 'typeorm';
import { BudgetCategory, directionOf, expenseCategories, incomeCategories } from '../categories.js';
import { BudgetLineEntity, InternalTransferEntity } from '../entities/index.js';
import { monthsOf, parsePeriod, spread } from '../period.js';
import { consolidate, subtreeOf, sumBy, transferSides, type BookedAmount } from '../rollup.js';
import type { Forecast } from './forecast.type.js';

export interface YearBook {
  parentOf: Map<string, string | null>;
  amounts: BookedAmount[];
}

/** Reads a year's forecast lines and transfers once per request, then answers for any circle or the organisation. */
export function forecastLoader(db: DataSource): DataLoader<number, YearBook> {
  return new DataLoader<number, YearBook>(async (years) =>
    Promise.all(
      years.map(async (year) => {
        const circles: Array<{ id: string; parent_id: string | null }> = await db.query('SELECT id, parent_id FROM circle');
        const lines = await db.getRepository(BudgetLineEntity).findBy({ period: Like(`${year}-%`) });
        const transfers = await db.getRepository(InternalTransferEntity).findBy({ date: Between(`${year}-01-01`, `${year}-12-31`) });
        return {
          parentOf: new Map(circles.map((c) => [c.id, c.parent_id])),
          amounts: [...lines.flatMap(spreadLine), ...transfers.flatMap((t) => transferSides(t))],
        };
      }),
    ),
  );
}

function spreadLine(line: BudgetLineEntity): BookedAmount[] {
  const months = monthsOf(parsePeriod(line.period));
  const parts = spread(line.amountCents, months.length);
  return months.map((month, i) => ({ circleId: line.circleId, category: line.category as BudgetCategory, month, cents: parts[i] }));
}

/** The forecast of `circleId` and its descendants, or of the whole organisation. */
export function forecastOf(book: YearBook, year: number, circleId: string | 'ALL'): Forecast {
  const amounts = consolidate(book.amounts, circleId === 'ALL' ? 'ALL' : subtreeOf(circleId, book.parentOf));
  const byCategory = sumBy(amounts, (a) => a.category);
  const byMonth = sumBy(amounts, (a) => `${a.month}|${a.category}`);
  const total = (categories: BudgetCategory[]) => categories.reduce((s, c) => s + (byCategory.get(c) ?? 0), 0);
  return {
    year,
    expense: total(expenseCategories),
    income: total(incomeCategories),
    byCategory: [...expenseCategories, ...incomeCategories].map((category) => ({ category, direction: directionOf(category), amount: byCategory.get(category) ?? 0 })),
    byMonth: [...byMonth.entries()]
      .map(([key, amount]) => {
        const [month, category] = key.split('|');
        return { month, category: category as BudgetCategory, amount };
      })
      .sort((a, b) => a.month.localeCompare(b.month) || a.category.localeCompare(b.category)),
  };
}
