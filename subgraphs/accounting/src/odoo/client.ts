import { ResilientSource, UpstreamError, type Sourced } from '@alambic/connector-kit';
import { groupsFromFormatted, groupsFromReadGroup, type AggregateRow } from './aggregate.js';
import { ODOO } from './errors.js';
import { Json2Transport } from './json2-transport.js';
import { createProtocol, type OdooProtocol } from './protocol.js';
import type { OdooSettings } from './settings.js';
import { XmlRpcTransport } from './transport.js';

/** An Odoo domain: `[['date', '>=', '2026-01-01'], '|', …]`. */
export type Domain = unknown[];

export interface OdooServerVersion {
  /** Major version, from `server_version_info[0]` (16–19…). */
  major: number;
  serverVersion: string;
}

export interface ReadOptions {
  order?: string;
  limit?: number;
  offset?: number;
  /** Merged into the default context (`lang: 'fr_FR'`, `allowed_company_ids`). */
  context?: Record<string, unknown>;
}

export interface ReadGroupOptions {
  lazy?: boolean;
  orderby?: string;
  context?: Record<string, unknown>;
}

/** Records read per `read` call and per `search_read` page. */
const PAGE = 500;

/** Typed calls to Odoo's external API, XML-RPC or JSON-2 depending on the server, every one through a `ResilientSource`
 * (timeout, retries for reads, circuit breaker, short cache, last good read when Odoo fails). */
export class OdooClient {
  readonly source: ResilientSource;
  private readonly xmlrpc: XmlRpcTransport;
  private readonly json2: Json2Transport;
  private protocol: OdooProtocol | undefined;
  private major: number | undefined;
  /** Groups by the raw answer they come from: a cached answer is normalised once and keeps its identity, so what is
   * computed from it downstream is computed once too. */
  private readonly groups = new WeakMap<object, AggregateRow[]>();

  constructor(private readonly settings: OdooSettings) {
    this.xmlrpc = new XmlRpcTransport({ url: settings.url });
    this.json2 = new Json2Transport({ url: settings.url, database: settings.database, apiKey: settings.apiKey });
    this.source = new ResilientSource({
      source: ODOO,
      timeoutMs: settings.timeoutMs ?? 5000,
      freshForMs: (settings.cacheSeconds ?? 30) * 1000,
      ...settings.resilience,
    });
  }

  /** `common.version()` over XML-RPC, or `GET /web/version` where XML-RPC is gone; also the health check. */
  async version(): Promise<Sourced<OdooServerVersion>> {
    return this.source.read('version', async (signal) => {
      try {
        const info = await this.xmlrpc.call<{ server_version: string; server_version_info: unknown[] }>('common', 'version', [], signal);
        return { major: Number(info.server_version_info?.[0]), serverVersion: String(info.server_version) };
      } catch (error) {
        if (!(error instanceof UpstreamError && error.status === 404)) throw error;
        const info = await this.json2.version(signal);
        return { major: Number(info.version_info?.[0]), serverVersion: String(info.version) };
      }
    });
  }

  /** The configured major version (`ODOO_VERSION`), or the server's, detected once. */
  async majorVersion(): Promise<number> {
    if (this.settings.version !== undefined) return this.settings.version;
    this.major ??= (await this.version()).value.major;
    return this.major;
  }

  /** The protocol in use: `ODOO_PROTOCOL`, or with `auto` JSON-2 from 19 and XML-RPC before. */
  async connection(): Promise<OdooProtocol> {
    if (this.protocol) return this.protocol;
    const major = await this.majorVersion();
    const choice = this.settings.protocol ?? 'auto';
    const name = choice === 'auto' ? (major >= 19 ? 'json2' : 'xmlrpc') : choice;
    if (name === 'json2' && major < 19) {
      throw new UpstreamError(ODOO, 'BAD_REQUEST', { detail: `l’API JSON-2 demande Odoo 19 ou plus, ce serveur est en version ${major} (ODOO_PROTOCOL)` });
    }
    this.protocol ??= createProtocol(name, this.settings, this.xmlrpc);
    return this.protocol;
  }

  /** Checks the key once (`common.authenticate`, or `res.users/context_get` over JSON-2); the uid is kept. */
  async authenticate(): Promise<number> {
    const protocol = await this.connection();
    const { value } = await this.source.read(`authenticate:${protocol.name}`, (signal) => protocol.authenticate(signal));
    return value;
  }

  /** One ORM read with named arguments: cached, de-duplicated, retried. The context always carries `lang: 'fr_FR'`
   * and the configured `allowed_company_ids`. */
  async call<T>(model: string, method: string, args: Record<string, unknown> = {}, options: { ids?: number[]; context?: Record<string, unknown> } = {}): Promise<Sourced<T>> {
    const protocol = await this.connection();
    const context = { lang: 'fr_FR', allowed_company_ids: this.settings.companyIds, ...options.context };
    const key = `${protocol.name}:${model}.${method}:${JSON.stringify(options.ids ?? null)}:${JSON.stringify(args)}:${JSON.stringify(context)}`;
    return this.source.read(key, (signal) => protocol.call<T>({ model, method, ids: options.ids, args, context }, signal));
  }

  /** `search_read` with explicit fields, ordered by id unless told otherwise. */
  async searchRead<T>(model: string, domain: Domain, fields: string[], options: ReadOptions = {}): Promise<Sourced<T[]>> {
    const { order = 'id', limit, offset, context } = options;
    return this.call<T[]>(model, 'search_read', { domain, fields, order, limit, offset }, { context });
  }

  /** Every record matching a domain, page after page ordered by id (stable paging). */
  async searchReadAll<T>(model: string, domain: Domain, fields: string[], options: { pageSize?: number; context?: Record<string, unknown> } = {}): Promise<Sourced<T[]>> {
    const { pageSize = PAGE, context } = options;
    const pages: Array<Sourced<T[]>> = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.searchRead<T>(model, domain, fields, { order: 'id', limit: pageSize, offset, context });
      pages.push(page);
      if (page.value.length < pageSize) break;
    }
    return combine(pages, (values) => values.flat());
  }

  /** `read` by ids in chunks; ids Odoo no longer has are silently dropped, as Odoo does. */
  async read<T>(model: string, ids: readonly number[], fields: string[], options: { context?: Record<string, unknown> } = {}): Promise<Sourced<T[]>> {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    const chunks: number[][] = [];
    for (let i = 0; i < sorted.length; i += PAGE) chunks.push(sorted.slice(i, i + PAGE));
    const pages = await Promise.all(chunks.map((chunk) => this.call<T[]>(model, 'read', { fields }, { ids: chunk, context: options.context })));
    return combine(pages, (values) => values.flat());
  }

  /** `read_group` (Odoo 16–18; still served, deprecated, by 19). */
  async readGroup<T>(model: string, domain: Domain, fields: string[], groupby: string[], options: ReadGroupOptions = {}): Promise<Sourced<T[]>> {
    const { lazy = true, orderby, context } = options;
    return this.call<T[]>(model, 'read_group', { domain, fields, groupby, lazy, orderby }, { context });
  }

  /** `formatted_read_group` (Odoo 19). */
  async formattedReadGroup<T>(model: string, domain: Domain, groupby: string[], aggregates: string[], options: { order?: string; context?: Record<string, unknown> } = {}): Promise<Sourced<T[]>> {
    return this.call<T[]>(model, 'formatted_read_group', { domain, groupby, aggregates, order: options.order }, { context: options.context });
  }

  /** Sums on the server, in one call: `formatted_read_group` on 19+, `read_group` (`lazy: false`) before. Date groupbys
   * come back as the period's first day (`'2026-01-01'`) whatever the version. */
  async aggregate(model: string, domain: Domain, groupby: string[], aggregates: string[], options: { context?: Record<string, unknown> } = {}): Promise<Sourced<AggregateRow[]>> {
    const formatted = (await this.majorVersion()) >= 19;
    const rows = formatted
      ? await this.formattedReadGroup<Record<string, unknown>>(model, domain, groupby, aggregates, options)
      : await this.readGroup<Record<string, unknown>>(model, domain, aggregates, groupby, { lazy: false, context: options.context });
    let value = this.groups.get(rows.value);
    if (!value) {
      value = formatted ? groupsFromFormatted(rows.value, groupby, aggregates) : groupsFromReadGroup(rows.value, groupby, aggregates);
      this.groups.set(rows.value, value);
    }
    return { ...rows, value };
  }

  /** Closes sockets and stops the circuit breaker's timers. */
  close(): void {
    this.protocol?.close();
    this.xmlrpc.close();
    this.source.shutdown();
  }
}

/** Joins several reads: the oldest read time, stale when any part is. */
export function combine<T, R>(parts: ReadonlyArray<Sourced<T>>, join: (values: T[]) => R): Sourced<R> {
  return sourced(parts, join(parts.map((p) => p.value)));
}

/** A value built from several reads, as fresh as the oldest of them. */
export function sourced<R>(parts: ReadonlyArray<Sourced<unknown>>, value: R): Sourced<R> {
  let readAt = parts[0]?.readAt ?? new Date();
  for (const p of parts) if (p.readAt < readAt) readAt = p.readAt;
  return { value, readAt, stale: parts.some((p) => p.stale) };
}
