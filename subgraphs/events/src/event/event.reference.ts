import type { EventsContext } from '../context.js';
import type { Event } from './event.type.js';

/** `_entities` for Event: through the per-request loader, null for an unknown id. */
export function resolveEventReference(reference: Pick<Event, 'id'>, context: EventsContext): Promise<Event | null> {
  return context.loaders.event.load(reference.id);
}
