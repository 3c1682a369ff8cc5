import { describe, expect, it } from 'vitest';
import { BudgetCategory } from '../src/planning/categories.js';
import { monthsOf, parsePeriod, spread } from '../src/planning/period.js';
import { consolidate, subtreeOf, sumBy, transferSides, type BookedAmount } from '../src/planning/rollup.js';

// A small tree: group G with pôles P1 and P2; P1 has project X.
const parentOf = new Map<string, string | null>([
  ['G', null],
  ['P1', 'G'],
  ['P2', 'G'],
  ['X', 'P1'],
  ['H', null],
]);

const line = (circleId: string, category: BudgetCategory, cents: number, month = '2026-03'): BookedAmount => ({ circleId, category, month, cents });
const total = (amounts: BookedAmount[]) => amounts.reduce((s, a) => s + a.cents, 0);

describe('forecast roll-up', () => {
  const lines = [line('G', BudgetCategory.EXTERNAL_PURCHASE, 10_000), line('P1', BudgetCategory.CARE, 20_000), line('X', BudgetCategory.CARE, 30_000), line('P2', BudgetCategory.SALE, 5_000)];

  it('rolls an action’s, a project’s and a pôle’s lines up to the group, each counted once', () => {
    expect(total(consolidate(lines, subtreeOf('P1', parentOf)))).toBe(50_000);
    expect(total(consolidate(lines, subtreeOf('G', parentOf)))).toBe(65_000);
    expect(total(consolidate(lines, 'ALL'))).toBe(65_000);
    expect(sumBy(consolidate(lines, subtreeOf('G', parentOf)), (a) => a.category).get(BudgetCategory.CARE)).toBe(50_000);
  });

  it('keeps a transfer on both circles, and cancels it where both are inside', () => {
    const moved = transferSides({ fromCircleId: 'X', toCircleId: 'P2', amountCents: 7_500, date: '2026-04-10' });
    const all = [...lines, ...moved];
    // X pays: a « dépense interne » of 75 €; P2 receives a « recette interne » of 75 €.
    expect(consolidate(all, subtreeOf('X', parentOf)).find((a) => a.category === BudgetCategory.INTERNAL_EXPENSE)?.cents).toBe(7_500);
    expect(consolidate(all, subtreeOf('P2', parentOf)).find((a) => a.category === BudgetCategory.INTERNAL_INCOME)?.cents).toBe(7_500);
    // Both inside the group and the organisation: the consolidated totals are what they were without the transfer.
    expect(consolidate(all, subtreeOf('G', parentOf))).toEqual(consolidate(lines, subtreeOf('G', parentOf)));
    expect(consolidate(all, 'ALL')).toEqual(consolidate(lines, 'ALL'));
  });

  it('keeps a transfer that leaves the group', () => {
    const moved = transferSides({ fromCircleId: 'P1', toCircleId: 'H', amountCents: 1_000, date: '2026-05-01' });
    const group = consolidate([...lines, ...moved], subtreeOf('G', parentOf));
    expect(group.filter((a) => a.category === BudgetCategory.INTERNAL_EXPENSE).map((a) => a.cents)).toEqual([1_000]);
  });
});

describe('periods', () => {
  it('reads months and semesters', () => {
    expect(parsePeriod('2026-03')).toMatchObject({ kind: 'MONTH', firstMonth: '2026-03', lastMonth: '2026-03' });
    expect(monthsOf(parsePeriod('2026-S2'))).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('refuses other shapes and years out of range, saying what is expected', () => {
    expect(() => parsePeriod('2026-13')).toThrow(/AAAA-MM/);
    expect(() => parsePeriod('2026-S3')).toThrow(/semestre/);
    expect(() => parsePeriod('1999-01')).toThrow(/hors limites/);
  });

  it('spreads a semester over its months to the cent', () => {
    expect(spread(100_001, 6)).toEqual([16_667, 16_667, 16_667, 16_667, 16_667, 16_666]);
    expect(spread(100_001, 6).reduce((a, b) => a + b, 0)).toBe(100_001);
  });
});
