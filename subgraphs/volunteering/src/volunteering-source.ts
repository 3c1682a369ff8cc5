import type { Sourced } from '@alambic/connector-kit';
import type { DependencyStatus } from '@alambic/subgraph-kit';

/** Credit balances of the organisation's members, as one consistent read. */
export interface CreditBalances {
  /** Balance (credits, an integer) per Oceco citoyen id, for every member the tool knows. */
  balances: ReadonlyMap<string, number>;
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

/** Everything the volunteering subgraph reads from its upstream, whatever the channel (DDP, REST, iCal).
 * A Mongo adapter or a newer Oceco API can replace the Oceco one behind this interface. */
export interface VolunteeringSource {
  /** Every member's balance in one read (served from a live mirror: no upstream round trip once warm). */
  creditBalances(): Promise<CreditBalances>;
  /** The unit label already known, without any read (« R » before the first read). */
  knownUnit(): string;
  /** Open actions of an organisation, pôle (project) or event. */
  actionsOf(parentType: ActionParentType, parentId: string): Promise<Sourced<VolunteerActionRecord[]>>;
  /** Open actions of the account the hub acts as. */
  myActions(): Promise<Sourced<VolunteerActionRecord[]>>;
  /** Connects, authenticates and fills caches so that the first query is cheap. Never throws once started. */
  warmUp(): Promise<void>;
  /** Whether the upstream currently answers, for `/ready`. */
  health(): DependencyStatus;
  /** Closes sockets, agents and breakers. */
  close(): Promise<void>;
}
