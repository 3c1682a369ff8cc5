import DataLoader from 'dataloader';
import type { Sourced } from '@alambic/connector-kit';
import { toGraphQLError } from './graph-errors.js';
import type { ActionCatalogue, AgendaEvent, CreditBalances, LedgerEntry, VolunteerActionRecord, VolunteeringSource } from './volunteering-source.js';
import { createBalancesReader } from './volunteer-account/volunteer-account.loader.js';

/** Ledger rows read per member; a field asks for at most this many. */
export const LEDGER_READ = 100;

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= read().catch((error: unknown) => {
      throw toGraphQLError(error);
    });
    return pending;
  };
}

function mapped<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    throw toGraphQLError(error);
  });
}

/** What one request reads from the upstream, each at most once: balances, the catalogue and the agenda are
 * memoised; ledgers and per-event action lists are batched and de-duplicated by DataLoaders. */
export class VolunteeringReads {
  readonly balances: () => Promise<CreditBalances>;
  readonly catalogue: () => Promise<Sourced<ActionCatalogue>>;
  readonly agenda: () => Promise<Sourced<AgendaEvent[]>>;
  readonly ledgers: DataLoader<string, Sourced<LedgerEntry[]>>;
  readonly eventActions: DataLoader<string, Sourced<VolunteerActionRecord[]>>;

  constructor(readonly source: VolunteeringSource) {
    this.balances = createBalancesReader(source);
    this.catalogue = once(() => source.catalogue());
    this.agenda = once(() => source.agenda());
    this.ledgers = new DataLoader((citoyenIds) => Promise.all(citoyenIds.map((id) => mapped(source.ledgerOf(id, LEDGER_READ)).catch((error: Error) => error))));
    this.eventActions = new DataLoader((eventIds) =>
      Promise.all(eventIds.map((id) => mapped(source.actionsOf('events', id)).catch((error: Error) => error))),
    );
  }
}
