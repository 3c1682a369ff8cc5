import type { Sourced } from '@alambic/connector-kit';
import type { DependencyStatus } from '@alambic/subgraph-kit';

/** Credit balances of the organisation's members, as one consistent read. */
export interface CreditBalances {
  /** Balance (credits, an integer) per Oceco citoyen id, for every member the tool knows. */
  balances: ReadonlyMap<string, number>;
  /** Citoyen id per lower-cased email, for members whose profile gives one (links a member by email). */
  citoyenByEmail: ReadonlyMap<string, string>;
  /** Display name per citoyen id. */
  names: ReadonlyMap<string, string>;
  /** The organisation's unit label (`oceco.account.textUnite`, « R » by default). */
  unit: string;
  /** When these balances were known to be current. */
  readAt: Date;
  /** True when the tool could not be reached and this is the last good copy. */
  stale: boolean;
}

export type ActionParentType = 'organizations' | 'projects' | 'events' | 'citoyens';

/** A participant's state on an action: joined, declared done, validated or refused. */
export type ParticipationState = 'JOINED' | 'TO_MODERATE' | 'VALIDATED' | 'REFUSED';

export interface ActionParticipant {
  citoyenId: string;
  state: ParticipationState;
}

/** A volunteer action (an Oceco « action »), in the collective's terms. */
export interface VolunteerActionRecord {
  id: string;
  name: string;
  description: string | null;
  /** Credits each participant earns on validation; negative for a spend. */
  credits: number;
  min: number | null;
  max: number | null;
  startDate: Date | null;
  endDate: Date | null;
  status: 'todo' | 'done' | 'disabled';
  parentType: ActionParentType;
  parentId: string;
  tags: string[];
  participants: ActionParticipant[];
}

/** One row of a member's credit ledger (Oceco's `loguseractions`). */
export interface LedgerEntry {
  id: string;
  citoyenId: string;
  /** Credits added (positive) or taken (negative). */
  delta: number;
  at: Date;
  /** The action that earned the credits, when the row comes from a validation. */
  actionId: string | null;
  /** The action's name as Oceco sent it with the row, when known. */
  actionName: string | null;
  comment: string | null;
}

/** An Oceco event (a date of a pôle that can carry volunteer actions). */
export interface OcecoEventRecord {
  id: string;
  name: string;
  startDate: Date | null;
  endDate: Date | null;
  /** The pôle (Oceco project) organising it, when Oceco says so. */
  projectId: string | null;
}

/** Every action of the organisation, its pôles and their events, with the pôle ↔ event links. */
export interface ActionCatalogue {
  actions: VolunteerActionRecord[];
  events: OcecoEventRecord[];
  /** Name of each pôle (Oceco project) of the organisation, by id. */
  poles: ReadonlyMap<string, string>;
}

/** One entry of the public agenda (an iCal VEVENT). */
export interface AgendaEvent {
  uid: string;
  summary: string;
  description: string | null;
  start: Date;
  /** Null when the feed gives no end. */
  end: Date | null;
  /** True for a whole-day entry (`VALUE=DATE`): no hours are known. */
  allDay: boolean;
  /** The time zone the feed wrote the times in, when it gave one (`TZID`). */
  timeZone: string | null;
}

/** Everything the volunteering subgraph reads from its upstream, whatever the channel (DDP, REST, iCal).
 * A Mongo adapter or a newer Oceco API can replace the Oceco one behind this interface. */
export interface VolunteeringSource {
  /** Every member's balance in one read (served from a live mirror: no upstream round trip once warm). */
  creditBalances(): Promise<CreditBalances>;
  /** The unit label already known, without any read (« R » before the first read). */
  knownUnit(): string;
  /** The last `limit` ledger rows of a citoyen, newest first. */
  ledgerOf(citoyenId: string, limit: number): Promise<Sourced<LedgerEntry[]>>;
  /** Every action of the organisation (any state), its pôles and events. */
  catalogue(): Promise<Sourced<ActionCatalogue>>;
  /** Open actions of an organisation or pôle; every action of an event (the hub reads as an admin). */
  actionsOf(parentType: ActionParentType, parentId: string): Promise<Sourced<VolunteerActionRecord[]>>;
  /** Open actions of the account the hub acts as. */
  myActions(): Promise<Sourced<VolunteerActionRecord[]>>;
  /** The organisation's public agenda. */
  agenda(): Promise<Sourced<AgendaEvent[]>>;
  /** Connects, authenticates and fills caches so that the first query is cheap. Never throws once started. */
  warmUp(): Promise<void>;
  /** Whether the upstream currently answers, for `/ready`. */
  health(): DependencyStatus;
  /** Closes sockets, agents and breakers. */
  close(): Promise<void>;
}
