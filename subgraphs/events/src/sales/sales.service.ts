import { BadUserInputError } from '@alambic/subgraph-kit';
import type { EventService } from '../event/event.service.js';
import type { Event } from '../event/event.type.js';
import type { MappingStore } from '../mapping/mapping.store.js';
import type { TibilletConnector } from '../tibillet/client.js';
import type { ProductRecord, SaleLineRecord } from '../tibillet/mapping.js';
import { upstream } from '../upstream-errors.js';
import { lineSign } from './line-effect.js';
import { salePeriod, span, within, type Period } from './sale-period.js';
import { summarise, type SalesSummaryRecord } from './summary.js';

export interface EventSalesRecord extends SalesSummaryRecord {
  eventId: string;
  /** The sale period read: from the earliest mapped product's period start to the end of the evening. */
  from: Date;
  to: Date;
  mappedProductCount: number;
  /** Tickets sold ÷ capacity; null without a capacity. */
  fillRate: number | null;
  readAt: Date;
  stale: boolean;
}

export type UnattributedReason = 'UNMAPPED_PRODUCT' | 'OUTSIDE_SALE_PERIOD';

export interface UnattributedLineRecord extends SaleLineRecord {
  reason: UnattributedReason;
  /** Signed: a credit note is negative. */
  signedTotalCents: number;
}

export interface UnattributedSalesRecord {
  from: Date;
  to: Date;
  totalCents: number;
  lines: UnattributedLineRecord[];
  readAt: Date;
  stale: boolean;
}

/** The longest window `unmappedSales` reads in one go. */
const MAX_WINDOW_DAYS = 366;

/**
 * Sales figures of events, from TiBillet's sales journal and the hub's product → event links. A batch of events costs one
 * `/sales/?status=ALL` call over the span of their sale periods (cached like every TiBillet read); each event then keeps
 * the lines of its own products inside its own period (`salePeriod`).
 */
export class SalesService {
  constructor(
    private readonly tibillet: TibilletConnector,
    private readonly store: MappingStore,
    private readonly events: EventService,
  ) {}

  /** For the per-request loader: the sales of each event, in order; null for an event TiBillet does not know. */
  async forEvents(eventIds: readonly string[]): Promise<Array<EventSalesRecord | null | Error>> {
    const [events, links] = await Promise.all([this.events.byIds(eventIds), this.store.productLinksOfEvents(eventIds)]);
    const productIds = [...new Set(links.map((l) => l.productId))];
    const eventsPerProduct = await this.eventsPerProduct(productIds);
    const periods = new Map<string, Map<string, Period>>();
    events.forEach((event) => {
      if (!event || event instanceof Error) return;
      const own = new Map(links.filter((l) => l.eventId === event.id).map((l) => [l.productId, salePeriod(event, eventsPerProduct.get(l.productId) ?? 1)]));
      periods.set(event.id, own);
    });
    const whole = span([...periods.values()].flatMap((own) => [...own.values()]));
    let read: { value: SaleLineRecord[]; readAt: Date; stale: boolean } = { value: [], readAt: new Date(), stale: false };
    if (whole) {
      try {
        read = await upstream(this.tibillet.listSales({ start: whole.from, end: whole.to, status: 'ALL' }));
      } catch (error) {
        return events.map((event) => (event instanceof Error || event === null ? event : (error as Error)));
      }
    }
    const products = await this.productRecords(productIds);
    return events.map((event) => {
      if (!event || event instanceof Error) return event;
      const own = periods.get(event.id) ?? new Map<string, Period>();
      const lines = read.value.filter((line) => {
        const period = line.productId ? own.get(line.productId) : undefined;
        return period !== undefined && within(line.createdAt, period);
      });
      return this.record(event, own, lines, products, read);
    });
  }

  /** Sale lines between `from` and `to` that no event claims: a product linked to no event, or sold outside the sale
   * periods of its events. Refunded and other left-out lines are not listed (they count nowhere). */
  async unattributed(from: Date, to: Date): Promise<UnattributedSalesRecord> {
    if (from > to) throw new BadUserInputError('« from » doit précéder « to ».', 'from');
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
      throw new BadUserInputError(`La période demandée dépasse ${MAX_WINDOW_DAYS} jours : choisissez-en une plus courte.`, 'to');
    }
    const links = await this.store.allProductLinks();
    const eventsPerProduct = new Map<string, number>();
    for (const link of links) eventsPerProduct.set(link.productId, (eventsPerProduct.get(link.productId) ?? 0) + 1);
    const eventIds = [...new Set(links.map((l) => l.eventId))];
    const [events, read] = await Promise.all([
      eventIds.length > 0 ? this.events.byIds(eventIds) : Promise.resolve([]),
      upstream(this.tibillet.listSales({ start: from, end: to, status: 'ALL' })),
    ]);
    const known = new Map(events.filter((e): e is Event => Boolean(e) && !(e instanceof Error)).map((e) => [e.id, e]));
    const periodsOf = new Map<string, Period[]>();
    for (const link of links) {
      const event = known.get(link.eventId);
      if (!event) continue;
      periodsOf.set(link.productId, [...(periodsOf.get(link.productId) ?? []), salePeriod(event, eventsPerProduct.get(link.productId) ?? 1)]);
    }
    const lines: UnattributedLineRecord[] = [];
    for (const line of read.value) {
      const sign = lineSign(line);
      if (sign === 0) continue;
      const mapped = line.productId !== null && eventsPerProduct.has(line.productId);
      const claimed = mapped && (periodsOf.get(line.productId!) ?? []).some((p) => within(line.createdAt, p));
      if (claimed) continue;
      lines.push({ ...line, reason: mapped ? 'OUTSIDE_SALE_PERIOD' : 'UNMAPPED_PRODUCT', signedTotalCents: (line.totalCents ?? 0) * sign });
    }
    lines.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const totalCents = lines.reduce((sum, line) => sum + line.signedTotalCents, 0);
    return { from, to, totalCents, lines, readAt: read.readAt, stale: read.stale };
  }

  private record(event: Event, own: Map<string, Period>, lines: SaleLineRecord[], products: Map<string, ProductRecord>, read: { readAt: Date; stale: boolean }): EventSalesRecord {
    const summary = summarise(lines, products);
    const period = span([...own.values()]) ?? salePeriod(event, 1);
    return {
      ...summary,
      eventId: event.id,
      from: period.from,
      to: period.to,
      mappedProductCount: own.size,
      fillRate: event.capacity ? summary.ticketsSold / event.capacity : null,
      readAt: read.readAt,
      stale: read.stale,
    };
  }

  private async eventsPerProduct(productIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (productIds.length === 0) return counts;
    for (const link of await this.store.productLinksOfProducts(productIds)) counts.set(link.productId, (counts.get(link.productId) ?? 0) + 1);
    return counts;
  }

  /** Products by id, to name prices; what TiBillet cannot give now is left out (lines keep the name they carry). */
  private async productRecords(ids: string[]): Promise<Map<string, ProductRecord>> {
    const found = new Map<string, ProductRecord>();
    if (ids.length === 0) return found;
    try {
      for (const product of (await this.tibillet.listProducts()).value) found.set(product.id, product);
    } catch {
      return found;
    }
    await Promise.all(
      ids
        .filter((id) => !found.has(id))
        .map(async (id) => {
          const one = await this.tibillet.getProduct(id).catch(() => undefined);
          if (one?.value) found.set(id, one.value);
        }),
    );
    return found;
  }
}

