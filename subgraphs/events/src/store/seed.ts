import { circleByCode, events as demoEvents } from '@alambic/demo-data';
import type { DataSource } from 'typeorm';
import { EventOrganiserEntity, MappingChangeEntity, ProductEventEntity } from './entities/index.js';

/** The demo links, from `@alambic/demo-data`: each event's own products, and its organising pôle (`organiserCode`).
 * Bar drinks and the membership stay unmapped, so the demo shows what unmapped sales look like. */
export function demoMapping(): { products: Array<{ productId: string; eventId: string }>; organisers: Array<{ eventId: string; circleId: string }> } {
  return {
    products: demoEvents.flatMap((event) => event.products.map((product) => ({ productId: product.uuid, eventId: event.uuid }))),
    organisers: demoEvents.map((event) => ({ eventId: event.uuid, circleId: circleByCode(event.organiserCode).id })),
  };
}

/** Seeds the demo mapping into an empty store, in one transaction. Returns false when the store already holds data
 * (a mapping once changed, even emptied, is never seeded again: the change log remembers). */
export async function seedDemoMapping(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE events.mapping_change IN EXCLUSIVE MODE');
    if ((await manager.count(MappingChangeEntity)) > 0 || (await manager.count(ProductEventEntity)) > 0) return false;
    const { products, organisers } = demoMapping();
    await manager.insert(ProductEventEntity, products.map((p) => ({ ...p, createdBy: null })));
    await manager.insert(EventOrganiserEntity, organisers.map((o) => ({ ...o, updatedBy: null })));
    const changes = [
      ...products.map((p) => ({ action: 'SEED' as const, memberId: null, eventId: p.eventId, productId: p.productId, circleId: null })),
      ...organisers.map((o) => ({ action: 'SEED' as const, memberId: null, eventId: o.eventId, productId: null, circleId: o.circleId })),
    ];
    await manager.insert(MappingChangeEntity, changes);
    return true;
  });
}
