import { BadUserInputError } from '@alambic/subgraph-kit';
import type { EventService } from '../event/event.service.js';
import type { TibilletConnector } from '../tibillet/client.js';
import { upstream } from '../upstream-errors.js';
import type { EventOrganiserEntity, ProductEventEntity } from '../store/entities/index.js';
import type { MappingStore } from './mapping.store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that `value` is a uuid; returns it lower-cased, or a French problem naming the argument. */
function uuidOf(value: string, argument: string, what: string): { id: string } | { problem: string } {
  const id = value.trim().toLowerCase();
  return UUID.test(id) ? { id } : { problem: `« ${argument} » doit être l’identifiant (uuid) ${what}, reçu « ${value.slice(0, 60)} ».` };
}

function fail(problems: string[], field: string): never {
  throw new BadUserInputError(problems.join(' '), field);
}

/**
 * The mutations of the mapping, checked before anything is written: ids must be uuids, the product and the event must
 * exist in TiBillet (asked now, so a typo is caught), every problem is reported together, and a refused change writes
 * nothing. Who and when are kept by the store, in the same transaction as the change.
 */
export class MappingService {
  constructor(
    private readonly store: MappingStore,
    private readonly tibillet: TibilletConnector,
    private readonly events: EventService,
  ) {}

  async mapProduct(productId: string, eventId: string, memberId: string | null): Promise<ProductEventEntity> {
    const { product, event } = await this.checkProductAndEvent(productId, eventId);
    const link = await this.store.linkProduct(product, event, memberId);
    if (!link) fail(['Ce produit est déjà rattaché à cet évènement : rien n’a été modifié.'], 'productId');
    return link;
  }

  async unmapProduct(productId: string, eventId: string, memberId: string | null): Promise<ProductEventEntity> {
    const product = uuidOf(productId, 'productId', 'd’un produit TiBillet');
    const event = uuidOf(eventId, 'eventId', 'd’un évènement TiBillet');
    const problems = [product, event].flatMap((r) => ('problem' in r ? [r.problem] : []));
    if ('problem' in product || 'problem' in event) fail(problems, 'problem' in product ? 'productId' : 'eventId');
    const removed = await this.store.unlinkProduct(product.id, event.id, memberId);
    if (!removed) fail(['Ce produit n’est pas rattaché à cet évènement : rien n’a été modifié.'], 'productId');
    return removed;
  }

  /** Sets the organising circle (given by id; the circle itself lives in the internal subgraph), or clears it with null. */
  async setOrganiser(eventId: string, circleId: string | null, memberId: string | null): Promise<EventOrganiserEntity | null> {
    const event = uuidOf(eventId, 'eventId', 'd’un évènement TiBillet');
    const circle = circleId === null ? { id: null } : uuidOf(circleId, 'circleId', 'd’un cercle');
    const problems = [event, circle].flatMap((r) => ('problem' in r ? [r.problem] : []));
    if ('problem' in event) fail(problems, 'eventId');
    if ('problem' in circle) fail(problems, 'circleId');
    await this.requireEvent(event.id);
    return this.store.setOrganiser(event.id, circle.id, memberId);
  }

  private async checkProductAndEvent(productId: string, eventId: string): Promise<{ product: string; event: string }> {
    const product = uuidOf(productId, 'productId', 'd’un produit TiBillet');
    const event = uuidOf(eventId, 'eventId', 'd’un évènement TiBillet');
    const formatProblems = [product, event].flatMap((r) => ('problem' in r ? [r.problem] : []));
    if ('problem' in product || 'problem' in event) fail(formatProblems, 'problem' in product ? 'productId' : 'eventId');
    const [knownProduct, knownEvent] = await Promise.all([upstream(this.tibillet.getProduct(product.id)), this.findEvent(event.id)]);
    const problems: string[] = [];
    if (!knownProduct.value) problems.push(`Produit inconnu dans TiBillet : « ${product.id} » (ni en vente, ni au bar ; un produit archivé ne compte plus).`);
    if (!knownEvent) problems.push(`Évènement inconnu dans TiBillet : « ${event.id} ».`);
    if (problems.length > 0) fail(problems, knownProduct.value ? 'eventId' : 'productId');
    return { product: product.id, event: event.id };
  }

  private async requireEvent(eventId: string): Promise<void> {
    if (!(await this.findEvent(eventId))) fail([`Évènement inconnu dans TiBillet : « ${eventId} ».`], 'eventId');
  }

  private async findEvent(eventId: string): Promise<boolean> {
    const [found] = await this.events.byIds([eventId]);
    if (found instanceof Error) throw found;
    return found !== null;
  }
}
