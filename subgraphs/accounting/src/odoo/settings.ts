import type { ResilienceOptions } from '@alambic/connector-kit';

/** How the hub reaches one Odoo database. */
export interface OdooSettings {
  /** Base URL, `http(s)://host[:port]`, without `/xmlrpc`. */
  url: string;
  /** Database name (`ODOO_DB`). */
  database: string;
  /** Login of the hub's Odoo user (`ODOO_LOGIN`). */
  login: string;
  /** API key of that user (`ODOO_API_KEY`), used in place of the password on every call. */
  apiKey: string;
  /** Sent as `allowed_company_ids` in every call's context; the first one is the current company. */
  companyIds: number[];
  /** Time allowed for one XML-RPC call. @default 5000 */
  timeoutMs?: number;
  /** How long the analytic account directory is trusted before a background refresh. @default 600000 (10 min) */
  directoryMaxAgeMs?: number;
  /** Overrides of the resilience policy (cache freshness, retries, circuit breaker), for tests and the bench. */
  resilience?: Partial<Omit<ResilienceOptions, 'source' | 'timeoutMs'>>;
}
