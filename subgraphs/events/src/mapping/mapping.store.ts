import { In, type DataSource, type EntityManager } from 'typeorm';
import { EventOrganiserEntity, MappingChangeEntity, ProductEventEntity, type MappingAction } from '../store/entities/index.js';

export interface Change {
  memberId: string | null;
  eventId: string;
  productId?: string | null;
  circleId?: string | null;
}

/** The hub's own knowledge about TiBillet events, in PostgreSQL: reads for the loaders, and writes that each go in one
 * transaction together with the line of the change log saying who and when. */
export class MappingStore {
  constructor(private readonly db: DataSource) {}

  productLinksOfEvents(eventIds: readonly string[]): Promise<ProductEventEntity[]> {
    return this.db.getRepository(ProductEventEntity).find({ where: { eventId: In([...eventIds]) }, order: { createdAt: 'ASC', productId: 'ASC' } });
  }

  productLinksOfProducts(productIds: readonly string[]): Promise<ProductEventEntity[]> {
    return this.db.getRepository(ProductEventEntity).findBy({ productId: In([...productIds]) });
  }

  allProductLinks(): Promise<ProductEventEntity[]> {
    return this.db.getRepository(ProductEventEntity).find({ order: { createdAt: 'ASC', productId: 'ASC' } });
  }

  organisersOfEvents(eventIds: readonly string[]): Promise<EventOrganiserEntity[]> {
    return this.db.getRepository(EventOrganiserEntity).findBy({ eventId: In([...eventIds]) });
  }

  organisedByCircles(circleIds: readonly string[]): Promise<EventOrganiserEntity[]> {
    return this.db.getRepository(EventOrganiserEntity).findBy({ circleId: In([...circleIds]) });
  }

  /** Links a product to an event; null when the link already exists (nothing written). */
  linkProduct(productId: string, eventId: string, memberId: string | null): Promise<ProductEventEntity | null> {
    return this.db.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ProductEventEntity)
        .values({ productId, eventId, createdBy: memberId })
        .orIgnore()
        .returning('*')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return null;
      await log(manager, 'MAP_PRODUCT', { memberId, eventId, productId });
      return manager.findOneByOrFail(ProductEventEntity, { productId, eventId });
    });
  }

  /** Removes a link; null when there was none (nothing written). */
  unlinkProduct(productId: string, eventId: string, memberId: string | null): Promise<ProductEventEntity | null> {
    return this.db.transaction(async (manager) => {
      const existing = await manager.findOne(ProductEventEntity, { where: { productId, eventId }, lock: { mode: 'pessimistic_write' } });
      if (!existing) return null;
      await manager.delete(ProductEventEntity, { productId, eventId });
      await log(manager, 'UNMAP_PRODUCT', { memberId, eventId, productId });
      return existing;
    });
  }

  /** Sets (or, with null, clears) the organising circle of an event. */
  setOrganiser(eventId: string, circleId: string | null, memberId: string | null): Promise<EventOrganiserEntity | null> {
    return this.db.transaction(async (manager) => {
      if (circleId === null) {
        const removed = await manager.delete(EventOrganiserEntity, { eventId });
        if (removed.affected) await log(manager, 'CLEAR_ORGANISER', { memberId, eventId });
        return null;
      }
      await manager.upsert(EventOrganiserEntity, { eventId, circleId, updatedBy: memberId, updatedAt: () => 'now()' }, ['eventId']);
      await log(manager, 'SET_ORGANISER', { memberId, eventId, circleId });
      return manager.findOneByOrFail(EventOrganiserEntity, { eventId });
    });
  }

  /** The change log of an event, newest first. */
  changesOf(eventId: string): Promise<MappingChangeEntity[]> {
    return this.db.getRepository(MappingChangeEntity).find({ where: { eventId }, order: { at: 'DESC', id: 'DESC' } });
  }
}

async function log(manager: EntityManager, action: MappingAction, change: Change): Promise<void> {
  await manager.insert(MappingChangeEntity, {
    action,
    memberId: change.memberId,
    eventId: change.eventId,
    productId: change.productId ?? null,
    circleId: change.circleId ?? null,
  });
}
