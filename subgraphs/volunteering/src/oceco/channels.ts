import type { Sourced } from '@alambic/connector-kit';
import type { ActionParentType, AgendaEvent, VolunteerActionRecord } from '../volunteering-source.js';
import type { CollectionMirror } from './ddp/collections.js';
import type { DdpSubscription } from './ddp/organisation-mirror.js';

/** Oceco's three channels, each behind its own small interface: a deployment whose REST, iCal or live
 * channel differs (a newer API, a Mongo reader…) is served by swapping that one adapter. */

/** What the live channel (Meteor DDP) mirrors: members and balances, profiles, the action catalogue, ledgers. */
export interface OcecoLiveChannel {
  /** The mirrored documents; `stale` when the connection is down and this is the last good copy. */
  snapshot(): Promise<{ documents: CollectionMirror; readAt: Date; stale: boolean }>;
  /** Keeps one more publication mirrored (e.g. a member's ledger) and waits until it is ready. */
  follow(subscription: DdpSubscription): Promise<void>;
  isFollowing(subscription: DdpSubscription): boolean;
  readonly isLive: boolean;
  readonly error: Error | null;
  warmUp(): Promise<void>;
  close(): void;
}

/** The REST channel: action lists of one element and of the acting account. */
export interface OcecoActionsChannel {
  listElement(parentType: ActionParentType, parentId: string): Promise<Sourced<VolunteerActionRecord[]>>;
  listMe(): Promise<Sourced<VolunteerActionRecord[]>>;
  close(): void;
}

/** The iCal channel: the organisation's public agenda. */
export interface OcecoAgendaChannel {
  events(): Promise<Sourced<AgendaEvent[]>>;
  close(): void;
}
