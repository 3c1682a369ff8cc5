import DataLoader from 'dataloader';
import type { Event } from './event.type.js';
import type { EventService } from './event.service.js';

/** Per request: the events asked for by `event(id)`, `parentEvent` and `_entities` are fetched together. */
export function createEventLoader(service: EventService): DataLoader<string, Event | null> {
  return new DataLoader<string, Event | null>((ids) => service.byIds(ids));
}
