import type { VolunteeringReads } from '../reads.js';
import { byStartThenName } from '../oceco/mapping-catalogue.js';
import { toVolunteerActionType } from '../volunteer-action/volunteer-action.mapping.js';
import { totalsOf } from '../volunteer-action/volunteer-totals.js';
import { matchOcecoEvent } from './event-match.js';
import type { EventVolunteering } from './event.type.js';

/** An event's volunteer actions: the Oceco event found by the matching rule, its actions over REST (`listElement`). */
export class EventVolunteeringService {
  constructor(private readonly reads: VolunteeringReads) {}

  async of(event: { name?: string | null; start?: Date | string | null }): Promise<EventVolunteering> {
    const start = event.start ? new Date(event.start) : null;
    const empty: EventVolunteering = { linked: false, ocecoEventId: null, ocecoEventName: null, actions: [], totals: totalsOf([]), readAt: null, stale: false };
    if (!event.name || !start || Number.isNaN(start.getTime())) return empty;
    const { value: catalogue } = await this.reads.catalogue();
    const match = matchOcecoEvent({ name: event.name, start }, catalogue.events);
    if (!match) return empty;
    const [{ value: records, readAt, stale }, { names }] = await Promise.all([this.reads.eventActions.load(match.id), this.reads.balances()]);
    const sorted = [...records].sort(byStartThenName);
    return {
      linked: true,
      ocecoEventId: match.id,
      ocecoEventName: match.name,
      actions: sorted.map((r) => toVolunteerActionType(r, names)),
      totals: totalsOf(sorted),
      readAt,
      stale,
    };
  }
}
