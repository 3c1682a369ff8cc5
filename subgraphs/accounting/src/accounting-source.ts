import type { Sourced } from '@alambic/connector-kit';
import type { DependencyStatus } from '@alambic/subgraph-kit';

/** An analytic account of the books, in the collective's terms: a circle's code and name. */
export interface AnalyticAccount {
  id: number;
  /** The circle's analytic code (`1110`), or another reference for funding accounts. */
  code: string;
  name: string;
  active: boolean;
}

/** What one analytic account really spent and collected during one calendar year, in cents. */
export interface AnalyticTotal {
  accountId: number;
  year: number;
  spentCents: number;
  collectedCents: number;
}

/** The accounting subgraph's only view of its upstream. The Odoo connector implements it; tests may fake it. */
export interface AccountingSource {
  /** Reads once what every query needs (version, session, analytic directory), so that a query costs one call. */
  warmUp(): Promise<void>;
  /** The analytic accounts, archived ones included, from a directory refreshed in the background. */
  analyticAccounts(): Promise<AnalyticAccount[]>;
  /** Actual amounts per analytic account and calendar year, read in a single upstream call. */
  analyticTotals(accountIds: readonly number[], years: readonly number[]): Promise<Sourced<AnalyticTotal[]>>;
  /** Whether the upstream answers, for `/ready`. */
  status(): Promise<DependencyStatus>;
  close(): Promise<void>;
}
