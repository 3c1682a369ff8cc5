import DataLoader from 'dataloader';
import type { EventsServices } from './context.js';
import { createEventLoader } from './event/event.loader.js';
import type { TicketProduct } from './product/product.type.js';
import type { EventSalesRecord } from './sales/sales.service.js';
import type { EventOrganiserEntity, ProductEventEntity } from './store/entities/index.js';

function groupedLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Per request: one TiBillet read or one SQL query per kind of thing, however many events the query asks about. */
export function createLoaders(services: EventsServices) {
  return {
    event: createEventLoader(services.events),
    product: new DataLoader<string, TicketProduct | null>((ids) => services.products.byIds(ids)),
    sales: new DataLoader<string, EventSalesRecord | null>((ids) => services.sales.forEvents(ids)),
    linksByEvent: groupedLoader<ProductEventEntity>((ids) => services.store.productLinksOfEvents(ids), (l) => l.eventId),
    organiserByEvent: new DataLoader<string, EventOrganiserEntity | null>(async (ids) => {
      const rows = await services.store.organisersOfEvents(ids);
      const byEvent = new Map(rows.map((row) => [row.eventId, row]));
      return ids.map((id) => byEvent.get(id) ?? null);
    }),
    organisedByCircle: groupedLoader<EventOrganiserEntity>((ids) => services.store.organisedByCircles(ids), (o) => o.circleId),
  };
}

export type EventsLoaders = ReturnType<typeof createLoaders>;
