import { isUpstreamError, type UpstreamError } from '@alambic/connector-kit';
import { BadUserInputError, UpstreamGraphQLError } from '@alambic/subgraph-kit';
import type { AccountingSource } from '../accounting-source.js';
import type { CircleActuals } from '../circle/circle-actuals.type.js';
import { accountsUnder } from '../odoo/mapping.js';

export interface ActualsKey {
  analyticCode: string;
  year: number;
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new BadUserInputError(`Année invalide : ${year} (attendu une année civile entre 1990 et 2100).`, 'year');
  }
}

function toGraphQLError(error: UpstreamError): UpstreamGraphQLError {
  const unavailable = ['UNREACHABLE', 'TIMEOUT', 'SERVER', 'CIRCUIT_OPEN'].includes(error.kind);
  return new UpstreamGraphQLError(error.source, error.message, unavailable ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR');
}

/** Actual amounts of circles: a circle covers its analytic account and its descendants' (code prefix). */
export class ActualsService {
  constructor(private readonly source: AccountingSource) {}

  /** Every key of a batch in one upstream call; null for a code no analytic account matches. */
  async forKeys(keys: readonly ActualsKey[]): Promise<Array<CircleActuals | null>> {
    try {
      const directory = await this.source.analyticAccounts();
      const accountsOf = keys.map((k) => accountsUnder(k.analyticCode, directory).map((a) => a.id));
      const ids = [...new Set(accountsOf.flat())];
      const years = [...new Set(keys.filter((_, i) => accountsOf[i]!.length > 0).map((k) => k.year))];
      if (ids.length === 0) return keys.map(() => null);
      const totals = await this.source.analyticTotals(ids, years);
      return keys.map((key, i) => {
        const mine = new Set(accountsOf[i]);
        if (mine.size === 0) return null;
        let spent = 0;
        let collected = 0;
        for (const t of totals.value) {
          if (t.year !== key.year || !mine.has(t.accountId)) continue;
          spent += t.spentCents;
          collected += t.collectedCents;
        }
        return { year: key.year, spent, collected, readAt: totals.readAt, stale: totals.stale };
      });
    } catch (error) {
      throw isUpstreamError(error) ? toGraphQLError(error) : error;
    }
  }
}
