import type { SubgraphContext } from '@alambic/subgraph-kit';
import type DataLoader from 'dataloader';
import { createEventLoader } from './event/event.loader.js';
import type { EventService } from './event/event.service.js';
import type { Event } from './event/event.type.js';
import type { ProductService } from './product/product.service.js';

export interface EventsServices {
  events: EventService;
  products: ProductService;
}

/** What the events subgraph's resolvers receive: the services, and loaders made fresh for each request. */
export interface EventsContext extends SubgraphContext, EventsServices {
  loaders: { event: DataLoader<string, Event | null> };
}

export function createEventsContext(base: SubgraphContext, services: EventsServices): EventsContext {
  return { ...base, ...services, loaders: { event: createEventLoader(services.events) } };
}
