import { describe, expect, it } from 'vitest';
import { actualsFigures } from '../src/actuals/actuals.compute.js';
import { classify, loadCategoryMap, validateCategoryMap } from '../src/categories/category-map.js';
import { AccountingCategory } from '../src/categories/category.js';
import { committedOf, grantReceiptsOf, indexBook, lineShare } from '../src/documents/documents.compute.js';

const map = loadCategoryMap();

describe('the shipped category map', () => {
  it('is valid data and ranks products before accounts', () => {
    expect(validateCategoryMap(JSON.parse(JSON.stringify(map))).problems).toEqual([]);
    expect(classify(map, '641100', 'PRESTA-INT', -100)).toBe(AccountingCategory.INTERNAL_SERVICE);
    expect(classify(map, '641100', 'COREM', -100)).toBe(AccountingCategory.CARE);
    expect(classify(map, '641100', null, -100)).toBe(AccountingCategory.CARE);
    expect(classify(map, '604100', null, -100)).toBe(AccountingCategory.EXTERNAL_PURCHASE);
    expect(classify(map, '658800', null, -100)).toBe(AccountingCategory.INTERNAL_EXPENSE);
    expect(classify(map, '740000', null, 100)).toBe(AccountingCategory.GRANT);
    expect(classify(map, '707000', null, 100)).toBe(AccountingCategory.SALE);
    expect(classify(map, '706000', null, 100)).toBe(AccountingCategory.SERVICE_INCOME);
    expect(classify(map, '758800', null, 100)).toBe(AccountingCategory.INTERNAL_INCOME);
  });

  it('falls back on the sign for what no rule ranks', () => {
    expect(classify(map, '471000', null, -5)).toBe(AccountingCategory.EXTERNAL_PURCHASE);
    expect(classify(map, '471000', null, 5)).toBe(AccountingCategory.SERVICE_INCOME);
    expect(classify(map, null, null, 5)).toBe(AccountingCategory.SERVICE_INCOME);
  });
});

describe('actuals by category and month', () => {
  const rows = [
    { accountId: 1, month: '2026-01', generalAccount: '604100', product: null, cents: -10_000 },
    { accountId: 1, month: '2026-01', generalAccount: '604100', product: null, cents: 2_500 }, // supplier credit note
    { accountId: 2, month: '2026-03', generalAccount: '641100', product: 'PRESTA-INT', cents: -30_000 },
    { accountId: 2, month: '2026-03', generalAccount: '740000', product: null, cents: 500_000 },
    { accountId: 2, month: '2026-04', generalAccount: '658800', product: null, cents: -7_000 },
    { accountId: 1, month: '2026-04', generalAccount: '758800', product: null, cents: 7_000 },
    { accountId: 3, month: '2026-04', generalAccount: '706000', product: null, cents: 99_999 }, // another circle
    { accountId: 1, month: '2025-12', generalAccount: '706000', product: null, cents: 1 }, // another year
  ];

  it('sums exact cents per category and month, a credit note lowering what was spent', () => {
    const figures = actualsFigures(rows, new Set([1, 2]), 2026, map);
    const amount = (c: AccountingCategory) => figures.categories.find((x) => x.category === c)!.amount;
    expect(amount(AccountingCategory.EXTERNAL_PURCHASE)).toBe(7_500);
    expect(amount(AccountingCategory.INTERNAL_SERVICE)).toBe(30_000);
    expect(amount(AccountingCategory.GRANT)).toBe(500_000);
    expect(amount(AccountingCategory.INTERNAL_EXPENSE)).toBe(7_000);
    expect(amount(AccountingCategory.INTERNAL_INCOME)).toBe(7_000);
    expect(figures).toMatchObject({ spent: 44_500, collected: 507_000 });
    expect(figures.categories.map((c) => c.category)).toEqual(['CARE', 'INTERNAL_SERVICE', 'EXTERNAL_PURCHASE', 'INTERNAL_EXPENSE', 'SERVICE_INCOME', 'GRANT', 'SALE', 'INTERNAL_INCOME']);
    expect(figures.months).toHaveLength(12);
    expect(figures.months[0]).toMatchObject({ month: '2026-01', spent: 7_500, collected: 0 });
    expect(figures.months[2]).toMatchObject({ month: '2026-03', spent: 30_000, collected: 500_000 });
    expect(figures.months.reduce((s, m) => s + m.spent, 0)).toBe(figures.spent);
  });

  it('leaves internal transfers out when consolidating the organisation', () => {
    const figures = actualsFigures(rows, new Set([1, 2]), 2026, map, true);
    expect(figures).toMatchObject({ spent: 37_500, collected: 500_000 });
  });
});

describe('committed amounts and grant receipts from documents', () => {
  const book = indexBook({
    documents: [
      { id: 1, number: 'FACTU/1', kind: 'BILL', state: 'POSTED', partnerId: 9, partnerName: 'Son Péi', date: '2026-10-03', dueDate: null, reference: null, totalCents: 140_000, residualCents: 70_000, paymentState: 'PARTIAL' },
      { id: 2, number: null, kind: 'BILL', state: 'DRAFT', partnerId: 9, partnerName: 'Imprimerie', date: '2026-11-13', dueDate: null, reference: null, totalCents: 86_000, residualCents: 86_000, paymentState: 'NOT_PAID' },
      { id: 3, number: 'FAC/3', kind: 'INVOICE', state: 'POSTED', partnerId: 301, partnerName: 'Région Réunion', date: '2026-03-12', dueDate: null, reference: null, totalCents: 800_000, residualCents: 400_000, paymentState: 'PARTIAL' },
    ],
    lines: [
      { documentId: 1, label: 'Son', generalAccount: '613500', product: null, cents: 140_000, distribution: [{ accountIds: [3], percent: 60 }, { accountIds: [4], percent: 40 }] },
      { documentId: 2, label: 'Programme', generalAccount: '623000', product: null, cents: 86_000, distribution: [{ accountIds: [4], percent: 100 }] },
      { documentId: 3, label: 'Subvention', generalAccount: '740000', product: null, cents: 800_000, distribution: [{ accountIds: [4, 30], percent: 100 }] },
    ],
  });

  it('shares a line by its distribution', () => {
    expect(lineShare(book.linesOf.get(1)![0]!, new Set([4]))).toBe(56_000);
  });

  it('counts what remains to pay on posted and draft bills, for the circle’s share', () => {
    expect(committedOf(book, new Set([4]))).toEqual({ amount: 28_000 + 86_000, billCount: 2 });
    expect(committedOf(book, new Set([3]))).toEqual({ amount: 42_000, billCount: 1 });
    expect(committedOf(book, new Set([99]))).toEqual({ amount: 0, billCount: 0 });
  });

  it('gives grant receipts with funder, funding account, invoiced and received', () => {
    const directory = [{ id: 4, code: '1111', name: 'Festival', active: true }, { id: 30, code: 'FIN-REG-2026', name: 'Région – Festival 2026', active: true }];
    expect(grantReceiptsOf(map, book, new Set([4]), directory)).toEqual([
      { documentId: '3', number: 'FAC/3', funder: 'Région Réunion', fundingAccount: 'Région – Festival 2026', date: '2026-03-12', invoiced: 800_000, received: 400_000, toReceive: 400_000, paymentState: 'PARTIAL' },
    ]);
    expect(grantReceiptsOf(map, book, new Set([3]), directory)).toEqual([]);
  });
});
