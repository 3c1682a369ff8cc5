import type { ResilienceOptions } from '@alambic/connector-kit';
import type { CategoryMap } from '../categories/category-map.js';

/** How the hub talks to Odoo: XML-RPC (16+), JSON-2 (19+), or `auto` (JSON-2 from 19, XML-RPC before). */
export type OdooProtocolChoice = 'auto' | 'xmlrpc' | 'json2';

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
  /** Time allowed for one call. @default 5000 */
  timeoutMs?: number;
  /** Odoo's major version (`ODOO_VERSION`); detected with `common.version` (or `GET /web/version`) when absent. */
  version?: number;
  /** `ODOO_PROTOCOL`. @default 'auto' */
  protocol?: OdooProtocolChoice;
  /** How long a read is reused without asking Odoo again (`ODOO_CACHE_SECONDS`); 0 asks every time. @default 30 */
  cacheSeconds?: number;
  /** The rules that put Odoo accounts and products into the collective's categories (`ODOO_CATEGORY_MAP`). @default the shipped `category-map.json` */
  categoryMap?: CategoryMap;
  /** How long the analytic account directory is trusted before a background refresh. @default 600000 (10 min) */
  directoryMaxAgeMs?: number;
  /** Overrides of the resilience policy (cache freshness, retries, circuit breaker), for tests and the bench. */
  resilience?: Partial<Omit<ResilienceOptions, 'source' | 'timeoutMs'>>;
}
