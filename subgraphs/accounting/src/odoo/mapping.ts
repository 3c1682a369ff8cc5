import { centsFromUpstreamNumber } from '@alambic/subgraph-kit';
import type { AnalyticAccount, AnalyticAmount } from '../accounting-source.js';
import type { AggregateRow } from './aggregate.js';

/** A many2one as Odoo sends it: `[id, display_name]`, or `false` when unset. */
export type Many2one = [number, string] | false;

export interface OdooAnalyticAccountRow {
  id: number;
  code: string | false;
  name: string | false;
  active: boolean;
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

/** Every account of the circle tree (digit codes): what « the whole organisation » covers. */
export function circleAccounts(accounts: readonly AnalyticAccount[]): AnalyticAccount[] {
  return accounts.filter((a) => /^\d+$/.test(a.code));
}

export function directoryFrom(rows: readonly OdooAnalyticAccountRow[]): AnalyticAccount[] {
  return rows
    .filter((r) => typeof r.code === 'string' && r.code.trim() !== '')
    .map((r) => ({ id: r.id, code: String(r.code).trim(), name: r.name || '', active: r.active }));
}

/** The one aggregate call behind every circle's actuals: every analytic line over whole years, summed by account,
 * month, general account and product (the last two decide the category). No list of accounts in the domain: Odoo
 * repeats the domain in each group's `__domain`, and a list of ids there multiplied the answer's size by three. */
export function analyticAmountsQuery(years: readonly number[]) {
  const sortedYears = [...years].sort((a, b) => a - b);
  return {
    domain: [
      ['date', '>=', `${sortedYears[0]}-01-01`],
      ['date', '<=', `${sortedYears.at(-1)}-12-31`],
      ['account_id', '!=', false],
    ],
    groupby: ['account_id', 'date:month', 'general_account_id', 'product_id'],
    aggregates: ['amount:sum'],
  };
}

/** `account.account` shows as `"606100 Fournitures…"`: its code is the first word. */
export function accountCodeOf(value: unknown): string | null {
  if (!Array.isArray(value) || typeof value[1] !== 'string') return null;
  const match = /^(\d+)\b/.exec(value[1].trim());
  return match ? match[1]! : null;
}

/** `product.product` shows as `"[COREM] Co-rémunération"`: its internal reference is in brackets. */
export function productCodeOf(value: unknown): string | null {
  if (!Array.isArray(value) || typeof value[1] !== 'string') return null;
  const match = /^\[([^\]]+)\]/.exec(value[1].trim());
  return match ? match[1]! : null;
}

export function amountsFromGroups(rows: readonly AggregateRow[]): AnalyticAmount[] {
  const out: AnalyticAmount[] = [];
  for (const row of rows) {
    const account = row.groups.account_id;
    const month = row.groups['date:month'];
    if (!Array.isArray(account) || typeof account[0] !== 'number' || typeof month !== 'string') continue;
    out.push({
      accountId: account[0],
      month: month.slice(0, 7),
      generalAccount: accountCodeOf(row.groups.general_account_id),
      product: productCodeOf(row.groups.product_id),
      cents: centsFromUpstreamNumber(row.values['amount:sum'] ?? 0),
    });
  }
  return out;
}
