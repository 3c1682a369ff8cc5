import { ResilientSource, UpstreamError, type Sourced } from '@alambic/connector-kit';
import { formatReunion } from '../time.js';
import { TIBILLET } from './errors.js';
import { mapEvent, mapProduct, mapSaleLine, type EventRecord, type ProductRecord, type SaleLineRecord } from './mapping.js';
import { TibilletTransport, type Query } from './transport.js';
import type { WireEvent, WireProduct, WireResults, WireSalesList } from './wire.js';

/** Filters of `GET /api/v2/events/`; the time filters keep events that start or end after now − 1 day. */
export interface EventListFilters {
  /** `only_futur`: drop events over for more than a day. */
  onlyFuture?: boolean;
  /** `next_days` (1..366): like `onlyFuture`, and starting within this many days; overrides it. */
  nextDays?: number;
  /** `filter`: case-insensitive match on the name and the descriptions. */
  text?: string;
}

/** `GET /api/v2/sales/`: lines created between `start` and `end` inclusive; `status` defaults to VALID on TiBillet's side. */
export interface SalesQuery {
  start: Date;
  end: Date;
  /** `ALL`, `VALID`/`V`, `REFUNDED`/`R`… (credit notes `N` only come with `ALL`). */
  status?: string;
}

/** What the events subgraph needs from TiBillet. Reads come with the time they were read and a stale flag. */
export interface TibilletConnector {
  listEvents(filters?: EventListFilters): Promise<Sourced<EventRecord[]>>;
  /** An event by uuid (or front slug), published or not; `value` is null when TiBillet does not know it. */
  getEvent(id: string): Promise<Sourced<EventRecord | null>>;
  listProducts(): Promise<Sourced<ProductRecord[]>>;
  /** A product by uuid, published or not (bar products are sold at the till only), unless archived; `value` is null
   * when TiBillet does not know it. */
  getProduct(id: string): Promise<Sourced<ProductRecord | null>>;
  listSales(query: SalesQuery): Promise<Sourced<SaleLineRecord[]>>;
  close(): void;
}

export interface TibilletClientOptions {
  url: string;
  apiKey: string;
  /** Time allowed for one call. @default 5000 */
  timeoutMs?: number;
  /** How long a read is served from cache without calling TiBillet. @default 30 */
  cacheSeconds?: number;
  /** Backoff before the first retry. @default 100 */
  retryBaseMs?: number;
}

/** Typed reads of TiBillet API v2 through one transport and one ResilientSource (timeout, retries, breaker, cache). */
export class TibilletClient implements TibilletConnector {
  private readonly transport: TibilletTransport;
  private readonly source: ResilientSource;

  constructor(options: TibilletClientOptions) {
    const { url, apiKey, timeoutMs = 5000, cacheSeconds = 30, retryBaseMs = 100 } = options;
    this.transport = new TibilletTransport({ url, apiKey });
    this.source = new ResilientSource({ source: TIBILLET, timeoutMs, freshForMs: cacheSeconds * 1000, retryBaseMs });
  }

  listEvents(filters: EventListFilters = {}): Promise<Sourced<EventRecord[]>> {
    const query: Query = {
      only_futur: filters.onlyFuture && filters.nextDays === undefined ? 'true' : undefined,
      next_days: filters.nextDays,
      filter: filters.text,
    };
    return this.source.read(`events?${JSON.stringify(query)}`, async (signal) => {
      const body = await this.transport.get<WireResults<WireEvent>>('/api/v2/events/', query, signal);
      return resultsOf(body).map(mapEvent).filter((e): e is EventRecord => e !== null);
    });
  }

  getEvent(id: string): Promise<Sourced<EventRecord | null>> {
    return this.source.read(`event:${id}`, async (signal) => {
      try {
        return mapEvent(await this.transport.get<WireEvent>(`/api/v2/events/${encodeURIComponent(id)}/`, {}, signal));
      } catch (error) {
        // "Unknown" is an answer worth caching like any other.
        if (error instanceof UpstreamError && error.kind === 'NOT_FOUND') return null;
        throw error;
      }
    });
  }

  listProducts(): Promise<Sourced<ProductRecord[]>> {
    return this.source.read('products', async (signal) => {
      const body = await this.transport.get<WireResults<WireProduct>>('/api/v2/products/', {}, signal);
      return resultsOf(body).map(mapProduct).filter((p): p is ProductRecord => p !== null);
    });
  }

  getProduct(id: string): Promise<Sourced<ProductRecord | null>> {
    return this.source.read(`product:${id}`, async (signal) => {
      try {
        return mapProduct(await this.transport.get<WireProduct>(`/api/v2/products/${encodeURIComponent(id)}/`, {}, signal));
      } catch (error) {
        if (error instanceof UpstreamError && error.kind === 'NOT_FOUND') return null;
        throw error;
      }
    });
  }

  listSales(query: SalesQuery): Promise<Sourced<SaleLineRecord[]>> {
    const params: Query = { start: formatReunion(query.start), end: formatReunion(query.end), status: query.status };
    return this.source.read(`sales?${JSON.stringify(params)}`, async (signal) => {
      const body = await this.transport.get<WireSalesList>('/api/v2/sales/', params, signal);
      const lines = Array.isArray(body?.itemListElement) ? body.itemListElement : [];
      return lines.map(mapSaleLine).filter((l): l is SaleLineRecord => l !== null);
    });
  }

  close(): void {
    this.source.shutdown();
    this.transport.close();
  }
}

function resultsOf<T>(body: WireResults<T> | undefined): T[] {
  return Array.isArray(body?.results) ? body.results : [];
}
