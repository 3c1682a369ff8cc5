import type { CreditBalances, VolunteeringSource } from '../volunteering-source.js';
import { toGraphQLError } from '../graph-errors.js';

/** Per request: every account asked for in one query comes from ONE read of the balances (memoised promise). */
export function createBalancesReader(source: VolunteeringSource): () => Promise<CreditBalances> {
  let read: Promise<CreditBalances> | null = null;
  return () => {
    read ??= source.creditBalances().catch((error: unknown) => {
      throw toGraphQLError(error);
    });
    return read;
  };
}
