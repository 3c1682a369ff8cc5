import { parseCents } from '$lib/format';
import { categoryLabels, monthLabel } from '../budget';
import type { Category } from '../queries';

/** The six categories a member plans; internal expense and income come from transfers. */
export const plannableCategories: Category[] = ['CARE', 'INTERNAL_SERVICE', 'EXTERNAL_PURCHASE', 'SERVICE_INCOME', 'GRANT', 'SALE'];
export const expenseCategories = new Set<Category>(['CARE', 'INTERNAL_SERVICE', 'EXTERNAL_PURCHASE']);

export type GridMode = 'MONTH' | 'SEMESTER';

export interface PlannedLine {
  id: string;
  period: string;
  category: Category;
  label: string;
  amount: string;
  grant: { id: string; label: string } | null;
}

/** A row of the grid: one category and one label (the category's name by default). */
export interface GridRow {
  key: string;
  category: Category;
  label: string;
  direction: 'EXPENSE' | 'INCOME';
}

export interface GridColumn {
  period: string;
  label: string;
}

export function columnsOf(year: number, mode: GridMode): GridColumn[] {
  if (mode === 'SEMESTER') return [{ period: `${year}-S1`, label: '1er sem.' }, { period: `${year}-S2`, label: '2e sem.' }];
  return Array.from({ length: 12 }, (_, i) => {
    const period = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { period, label: monthLabel(period) };
  });
}

export const rowKey = (category: Category, label: string) => `${category}|${label}`;

function row(category: Category, label: string): GridRow {
  return { key: rowKey(category, label), category, label, direction: expenseCategories.has(category) ? 'EXPENSE' : 'INCOME' };
}

/** One default row per category, then a row per other label found in the lines or added by the member, in category order. */
export function rowsOf(lines: PlannedLine[], extra: Array<{ category: Category; label: string }>): GridRow[] {
  const rows = new Map<string, GridRow>();
  for (const category of plannableCategories) rows.set(rowKey(category, categoryLabels[category]), row(category, categoryLabels[category]));
  for (const item of [...lines, ...extra]) {
    if (!plannableCategories.includes(item.category)) continue;
    const key = rowKey(item.category, item.label);
    if (!rows.has(key)) rows.set(key, row(item.category, item.label));
  }
  const order = (r: GridRow) => plannableCategories.indexOf(r.category);
  return [...rows.values()].sort((a, b) => order(a) - order(b) || Number(b.label === categoryLabels[b.category]) - Number(a.label === categoryLabels[a.category]) || a.label.localeCompare(b.label, 'fr'));
}

export const cellKey = (row: GridRow, period: string) => `${row.key}@${period}`;

export function cellLines(lines: PlannedLine[], row: GridRow, period: string): PlannedLine[] {
  return lines.filter((l) => l.category === row.category && l.label === row.label && l.period === period);
}

const sum = (lines: PlannedLine[]) => lines.reduce((total, l) => total + parseCents(l.amount), 0n);

/** What a cell holds, in cents. */
export const cellCents = (lines: PlannedLine[], row: GridRow, period: string) => sum(cellLines(lines, row, period));

/** The row's whole year, whatever the period of its lines (months and semesters). */
export const rowCents = (lines: PlannedLine[], row: GridRow) => sum(lines.filter((l) => l.category === row.category && l.label === row.label));

/** A column, for one direction. */
export const columnCents = (lines: PlannedLine[], period: string, direction: 'EXPENSE' | 'INCOME') =>
  sum(lines.filter((l) => l.period === period && expenseCategories.has(l.category) === (direction === 'EXPENSE')));

/** The year, for one direction. */
export const directionCents = (lines: PlannedLine[], direction: 'EXPENSE' | 'INCOME') =>
  sum(lines.filter((l) => expenseCategories.has(l.category) === (direction === 'EXPENSE')));

/** Lines the current mode does not show (semesters in month mode, months in semester mode). */
export function hiddenLines(lines: PlannedLine[], mode: GridMode): PlannedLine[] {
  return lines.filter((l) => /-S[12]$/.test(l.period) !== (mode === 'SEMESTER'));
}

/** 123450n → « 1 234,50 » (no currency sign: the grid's header says €). */
export function plainAmount(cents: bigint): string {
  if (cents === 0n) return '';
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  const rest = abs % 100n;
  return `${negative ? '-' : ''}${units}${rest === 0n ? '' : `,${rest.toString().padStart(2, '0')}`}`;
}
