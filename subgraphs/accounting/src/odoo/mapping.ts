import { centsFromUpstreamNumber } from '@alambic/subgraph-kit';
import type { AnalyticAccount, AnalyticTotal } from '../accounting-source.js';

/** A many2one as Odoo sends it: `[id, display_name]`, or `false` when unset. */
export type Many2one = [number, string] | false;

export interface OdooAnalyticAccountRow {
  id: number;
  code: string | false;
  name: string | false;
  active: boolean;
}

/** One `read_group` row over `account.analytic.line` grouped by account, year and financial account (`lazy: false`). */
export interface AnalyticGroupRow {
  account_id: Many2one;
  'date:year'?: string | false;
  general_account_id?: Many2one;
  amount: number | false;
  __count?: number;
  __range?: Record<string, { from: string; to: string } | false>;
}

export const analyticAccountFields = ['id', 'code', 'name', 'active'];

/** Analytic codes are hierarchical by digits: "1100" covers every code starting with "11". */
export function analyticPrefix(code: string): string {
  return code.trim().replace(/0+$/, '');
}

/** The accounts of a circle and of all its descendants. Only digit codes belong to the circle tree. */
export function accountsUnder(code: string, accounts: readonly AnalyticAccount[]): AnalyticAccount[] {
  if (!/^\d+$/.test(code.trim())) return accounts.filter((a) => a.code === code);
  const prefix = analyticPrefix(code);
  return accounts.filter((a) => /^\d+$/.test(a.code) && a.code.length === code.trim().length && a.code.startsWith(prefix));
}

export function directoryFrom(rows: readonly OdooAnalyticAccountRow[]): AnalyticAccount[] {
  return rows
    .filter((r) => typeof r.code === 'string' && r.code.trim() !== '')
    .map((r) => ({ id: r.id, code: String(r.code).trim(), name: r.name || '', active: r.active }));
}

/** The domain and grouping of the single call that gives every account × year its spent and collected amounts.
 * Grouping by financial account keeps expenses (60x–64x, negative) and income (70x–74x, positive) apart. */
export function analyticTotalsQuery(accountIds: readonly number[], years: readonly number[]) {
  const sortedYears = [...years].sort((a, b) => a - b);
  return {
    domain: [
      ['date', '>=', `${sortedYears[0]}-01-01`],
      ['date', '<=', `${sortedYears.at(-1)}-12-31`],
      ['account_id', 'in', [...accountIds].sort((a, b) => a - b)],
    ],
    fields: ['amount:sum'],
    groupby: ['account_id', 'date:year', 'general_account_id'],
  };
}

function yearOf(row: AnalyticGroupRow): number | undefined {
  const from = row.__range?.['date:year'];
  if (from && typeof from === 'object') return Number(from.from.slice(0, 4));
  const label = row['date:year'];
  const match = typeof label === 'string' ? /\d{4}/.exec(label) : null;
  return match ? Number(match[0]) : undefined;
}

/** Odoo's sign rule: analytic amounts are negative for expenses and positive for income.
 * Each group (account × year × financial account) counts as spent when negative, collected when positive. */
export function totalsFromGroups(rows: readonly AnalyticGroupRow[], years: readonly number[]): AnalyticTotal[] {
  const wanted = new Set(years);
  const totals = new Map<string, AnalyticTotal>();
  for (const row of rows) {
    if (!Array.isArray(row.account_id)) continue;
    const year = yearOf(row);
    if (year === undefined || !wanted.has(year)) continue;
    const accountId = row.account_id[0];
    const key = `${accountId}|${year}`;
    let total = totals.get(key);
    if (!total) totals.set(key, (total = { accountId, year, spentCents: 0, collectedCents: 0 }));
    const cents = typeof row.amount === 'number' ? centsFromUpstreamNumber(row.amount) : 0;
    if (cents < 0) total.spentCents -= cents;
    else total.collectedCents += cents;
  }
  return [...totals.values()];
}
