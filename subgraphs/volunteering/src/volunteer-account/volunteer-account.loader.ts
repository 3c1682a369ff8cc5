import DataLoader from 'dataloader';
import { toGraphQLError } from '../graph-errors.js';
import type { VolunteeringSource } from '../volunteering-source.js';
import { emptyAccount, type VolunteerAccount } from './volunteer-account.type.js';

/** Per request: every account asked for in one query comes from ONE read of the balances. */
export function createAccountLoader(source: VolunteeringSource): DataLoader<string, VolunteerAccount> {
  return new DataLoader<string, VolunteerAccount>(async (citoyenIds) => {
    let read;
    try {
      read = await source.creditBalances();
    } catch (error) {
      throw toGraphQLError(error);
    }
    const { balances, unit, readAt, stale } = read;
    return citoyenIds.map((id) => {
      const balance = balances.get(id);
      return balance === undefined ? emptyAccount(unit, readAt, stale) : { linked: true, balance, unit, readAt, stale };
    });
  });
}
