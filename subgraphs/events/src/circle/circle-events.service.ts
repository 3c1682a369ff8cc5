import type { Event } from '../event/event.type.js';
import type { EventsLoaders } from '../loaders.js';

/** The events a circle organises, by start, through the per-request loaders (one SQL query for all circles asked, the
 * cached TiBillet list for the events). An event TiBillet no longer knows is left out. */
export async function eventsOrganisedBy(circleId: string, upcoming: boolean, now: Date, loaders: EventsLoaders): Promise<Event[]> {
  const organised = await loaders.organisedByCircle.load(circleId);
  const events = await loaders.event.loadMany(organised.map((o) => o.eventId));
  const failure = events.find((e): e is Error => e instanceof Error);
  if (failure) throw failure;
  return (events as Array<Event | null>)
    .filter((e): e is Event => e !== null && (!upcoming || e.effectiveEnd >= now))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
