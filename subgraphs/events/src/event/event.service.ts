import type { Sourced } from '@alambic/connector-kit';
import { BadUserInputError, type DependencyStatus } from '@alambic/subgraph-kit';
import { effectiveEnd } from '../time.js';
import type { TibilletConnector } from '../tibillet/client.js';
import type { EventRecord } from '../tibillet/mapping.js';
import { toGraphQLError, upstream } from '../upstream-errors.js';
import type { Event } from './event.type.js';
import type { EventsArgs } from './events.args.js';

function toEvent(record: EventRecord, read: Sourced<unknown>): Event {
  return { ...record, effectiveEnd: effectiveEnd(record.start, record.end), readAt: read.readAt, stale: read.stale };
}

/**
 * Events from TiBillet. Every read goes through one cached list (`GET /api/v2/events/` without filters), shared by
 * all queries and concurrent readers: a query costs at most one TiBillet call, none while the list is fresh.
 * `upcoming`, `from` and `to` are applied here, with the evening rule of `effectiveEnd`.
 */
export class EventService {
  constructor(
    private readonly tibillet: TibilletConnector,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The clock that decides what is upcoming. */
  currentTime(): Date {
    return this.now();
  }

  async list(args: EventsArgs): Promise<Event[]> {
    const { upcoming, from, to } = args;
    if (from && to && from > to) throw new BadUserInputError('« from » doit précéder « to ».', 'from');
    const read = await upstream(this.tibillet.listEvents());
    const now = this.now();
    return read.value
      .map((record) => toEvent(record, read))
      .filter((e) => (!upcoming || e.effectiveEnd >= now) && (!from || e.effectiveEnd >= from) && (!to || e.start <= to));
  }

  /** Events by id, in order, null for the unknown: one list read serves every id it holds; the others are retrieved
   * one by one (children and drafts the list may not show). A failed retrieve fails only its own id. */
  async byIds(ids: readonly string[]): Promise<Array<Event | null | Error>> {
    const read = await upstream(this.tibillet.listEvents());
    const known = new Map(read.value.map((record) => [record.id, record]));
    return Promise.all(
      ids.map(async (id) => {
        const record = known.get(id);
        if (record) return toEvent(record, read);
        try {
          const one = await this.tibillet.getEvent(id);
          return one.value ? toEvent(one.value, one) : null;
        } catch (error) {
          return toGraphQLError(error) as Error;
        }
      }),
    );
  }

  /** Up when TiBillet answered the last read (a cached read costs nothing). */
  async health(): Promise<DependencyStatus> {
    try {
      const read = await this.tibillet.listEvents();
      if (!read.stale) return { up: true };
      return { up: false, detail: `TiBillet ne répond pas ; dernière lecture réussie le ${read.readAt.toISOString()}.` };
    } catch (error) {
      return { up: false, detail: error instanceof Error ? error.message : 'TiBillet ne répond pas.' };
    }
  }
}
