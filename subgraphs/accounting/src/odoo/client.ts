import { ResilientSource, type Sourced } from '@alambic/connector-kit';
import { ODOO, rejectedCredentials } from './errors.js';
import type { OdooSettings } from './settings.js';
import { XmlRpcTransport } from './transport.js';

/** An Odoo domain: `[['date', '>=', '2026-01-01'], '|', …]`. */
export type Domain = unknown[];

export interface OdooServerVersion {
  /** Major version, from `server_version_info[0]` (16–19). */
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

/** Typed calls to Odoo's external API over XML-RPC, every one through a `ResilientSource`
 * (timeout, retries for reads, circuit breaker, short cache, last good read when Odoo fails). */
export class OdooClient {
  readonly source: ResilientSource;
  private readonly transport: XmlRpcTransport;
  private uid: number | undefined;

  constructor(private readonly settings: OdooSettings) {
    this.transport = new XmlRpcTransport({ url: settings.url });
    this.source = new ResilientSource({ source: ODOO, timeoutMs: settings.timeoutMs ?? 5000, ...settings.resilience });
  }

  /** `common.version()`; its major number drives the version adapters. */
  async version(): Promise<Sourced<OdooServerVersion>> {
    return this.source.read('common.version', async (signal) => {
      const info = await this.transport.call<{ server_version: string; server_version_info: unknown[] }>('common', 'version', [], signal);
      return { major: Number(info.server_version_info?.[0]), serverVersion: String(info.server_version) };
    });
  }

  /** `common.authenticate(db, login, key, {})` once; the uid is kept for every later call. */
  async authenticate(): Promise<number> {
    if (this.uid !== undefined) return this.uid;
    const { database, login, apiKey } = this.settings;
    const { value } = await this.source.read('common.authenticate', async (signal) => {
      const uid = await this.transport.call<number | false>('common', 'authenticate', [database, login, apiKey, {}], signal);
      if (typeof uid !== 'number' || uid <= 0) throw rejectedCredentials(login, database);
      return uid;
    });
    this.uid = value;
    return value;
  }

  /** `object.execute_kw(db, uid, key, model, method, args, kw)`, a read: cached, de-duplicated, retried. */
  async executeKw<T>(model: string, method: string, args: unknown[], kw: Record<string, unknown> = {}): Promise<Sourced<T>> {
    const uid = await this.authenticate();
    const fullKw = { ...kw, context: this.context(kw.context as Record<string, unknown> | undefined) };
    const key = `object:${model}.${method}:${JSON.stringify(args)}:${JSON.stringify(fullKw)}`;
    return this.source.read(key, (signal) =>
      this.transport.call<T>('object', 'execute_kw', [this.settings.database, uid, this.settings.apiKey, model, method, args, fullKw], signal),
    );
  }

  /** `search_read` with explicit fields. */
  async searchRead<T>(model: string, domain: Domain, fields: string[], options: ReadOptions = {}): Promise<Sourced<T[]>> {
    const { order = 'id', limit, offset, context } = options;
    return this.executeKw<T[]>(model, 'search_read', [domain], { fields, order, limit, offset, context });
  }

  /** Every record matching a domain, page after page ordered by id (stable paging). */
  async searchReadAll<T>(model: string, domain: Domain, fields: string[], options: { pageSize?: number; context?: Record<string, unknown> } = {}): Promise<Sourced<T[]>> {
    const { pageSize = 500, context } = options;
    const rows: T[] = [];
    let readAt = new Date();
    let stale = false;
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.searchRead<T>(model, domain, fields, { order: 'id', limit: pageSize, offset, context });
      rows.push(...page.value);
      if (page.readAt < readAt) readAt = page.readAt;
      stale ||= page.stale;
      if (page.value.length < pageSize) break;
    }
    return { value: rows, readAt, stale };
  }

  /** `read_group` (Odoo 16–18; still served, deprecated, by 19). */
  async readGroup<T>(model: string, domain: Domain, fields: string[], groupby: string[], options: ReadGroupOptions = {}): Promise<Sourced<T[]>> {
    const { lazy = true, orderby, context } = options;
    return this.executeKw<T[]>(model, 'read_group', [domain, fields, groupby], { lazy, orderby, context });
  }

  /** Closes sockets and stops the circuit breaker's timers. */
  close(): void {
    this.transport.close();
    this.source.shutdown();
  }

  /** Every call carries the language and the companies from configuration. */
  private context(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { lang: 'fr_FR', allowed_company_ids: this.settings.companyIds, ...extra };
  }
}
