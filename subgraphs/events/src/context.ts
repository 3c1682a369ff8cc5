import type { SubgraphContext } from '@alambic/subgraph-kit';
import type { EventService } from './event/event.service.js';
import { createLoaders, type EventsLoaders } from './loaders.js';
import type { MappingService } from './mapping/mapping.service.js';
import type { MappingStore } from './mapping/mapping.store.js';
import type { ProductService } from './product/product.service.js';
import type { SalesService } from './sales/sales.service.js';

export interface EventsServices {
  events: EventService;
  products: ProductService;
  sales: SalesService;
  mapping: MappingService;
  store: MappingStore;
}

/** What the events subgraph's resolvers receive: the services, and loaders made fresh for each request. */
export interface EventsContext extends SubgraphContext, EventsServices {
  loaders: EventsLoaders;
}

export function createEventsContext(base: SubgraphContext, services: EventsServices): EventsContext {
  return { ...base, ...services, loaders: createLoaders(services) };
}
