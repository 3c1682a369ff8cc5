import { odooDemo } from '@alambic/demo-data';
import { EnvReader } from '@alambic/subgraph-kit';
import { loadCategoryMap, type CategoryMap } from './categories/category-map.js';
import type { OdooProtocolChoice, OdooSettings } from './odoo/settings.js';

/** What applies to Odoo and to its simulator alike: cache, protocol, category rules. */
export interface OdooTuning {
  cacheSeconds: number;
  timeoutMs: number;
  protocol: OdooProtocolChoice;
  categoryMap: CategoryMap;
}

/** The accounting subgraph's configuration. `odoo` undefined means demo mode: talk to the Odoo simulator. */
export interface AccountingConfig {
  odoo: OdooSettings | undefined;
  tuning: OdooTuning;
}

/** What `main.ts` needs to run the subgraph alone. */
export interface AccountingMainConfig extends AccountingConfig {
  port: number;
  host: string;
  identitySecret: string;
  logLevel: string;
}

export const ACCOUNTING_PORT = 4002;
export const ODOO_SIMULATOR_PORT = 4010;
export const DEFAULT_CACHE_SECONDS = 30;

const apiKeyPattern = /^[0-9a-fA-F]{40}$/;
const companyIdsPattern = /^\s*\d+(\s*,\s*\d+)*\s*$/;

function readTuning(env: EnvReader): OdooTuning {
  const cacheSeconds = env.int('ODOO_CACHE_SECONDS', { default: DEFAULT_CACHE_SECONDS, min: 0, max: 3600 })!;
  const timeoutMs = env.int('ODOO_TIMEOUT_MS', { default: 5000, min: 100, max: 120_000 })!;
  const protocol = env.string('ODOO_PROTOCOL', { default: 'auto', pattern: /^(auto|xmlrpc|json2)$/, expected: 'auto, xmlrpc ou json2 (JSON-2 demande Odoo 19 ou plus)' }) as OdooProtocolChoice;
  const file = env.string('ODOO_CATEGORY_MAP');
  let categoryMap: CategoryMap | undefined;
  try {
    categoryMap = loadCategoryMap(file);
  } catch (error) {
    env.problem(`ODOO_CATEGORY_MAP est invalide : ${(error as Error).message}.`);
  }
  return { cacheSeconds, timeoutMs, protocol, categoryMap: categoryMap ?? { rules: [], otherwise: { spending: 'EXTERNAL_PURCHASE', income: 'SERVICE_INCOME' } as CategoryMap['otherwise'] } };
}

function readOdoo(env: EnvReader, tuning: OdooTuning): OdooSettings | undefined {
  if (!env.has('ODOO_URL')) return undefined;
  const url = env.url('ODOO_URL', { required: true });
  const database = env.string('ODOO_DB', { required: true, expected: 'le nom de la base Odoo' });
  const login = env.string('ODOO_LOGIN', { required: true, expected: 'l’identifiant de l’utilisateur Odoo du hub' });
  const apiKey = env.string('ODOO_API_KEY', {
    required: true,
    pattern: apiKeyPattern,
    expected: 'une clé d’API Odoo de 40 caractères hexadécimaux (Préférences › Sécurité du compte › Nouvelle clé d’API)',
  });
  const companies = env.string('ODOO_COMPANY_IDS', { default: '1', pattern: companyIdsPattern, expected: 'des identifiants de sociétés Odoo séparés par des virgules, ex. « 1 » ou « 1,3 »' });
  const version = env.int('ODOO_VERSION', { min: 16, max: 99 });
  if (version !== undefined && version < 19 && tuning.protocol === 'json2') {
    env.problem(`ODOO_PROTOCOL=json2 demande Odoo 19 ou plus, or ODOO_VERSION vaut ${version} : choisissez xmlrpc ou auto.`);
  }
  if (!url || !database || !login || !apiKey || !companies) return undefined;
  return {
    url, database, login, apiKey, companyIds: companies.split(',').map((s) => Number(s.trim())), timeoutMs: tuning.timeoutMs,
    ...(version !== undefined ? { version } : {}),
    protocol: tuning.protocol, cacheSeconds: tuning.cacheSeconds, categoryMap: tuning.categoryMap,
  };
}

/** Reads `ODOO_URL`, `ODOO_DB`, `ODOO_LOGIN`, `ODOO_API_KEY`, `ODOO_COMPANY_IDS`, `ODOO_VERSION`, and in every mode
 * `ODOO_PROTOCOL`, `ODOO_CACHE_SECONDS`, `ODOO_TIMEOUT_MS`, `ODOO_CATEGORY_MAP`. Throws `ConfigError` listing every problem. */
export function loadAccountingConfig(env: NodeJS.ProcessEnv): AccountingConfig {
  const reader = new EnvReader(env);
  const tuning = readTuning(reader);
  const odoo = readOdoo(reader, tuning);
  reader.finish();
  return Object.freeze({ odoo, tuning });
}

/** Adds `PORT`, `HOST`, `IDENTITY_SECRET` and `LOG_LEVEL` for the standalone process. */
export function loadAccountingMainConfig(env: NodeJS.ProcessEnv): AccountingMainConfig {
  const reader = new EnvReader(env);
  const tuning = readTuning(reader);
  const odoo = readOdoo(reader, tuning);
  const port = reader.int('PORT', { default: ACCOUNTING_PORT, min: 0, max: 65535 })!;
  const host = reader.string('HOST', { default: '127.0.0.1' })!;
  const identitySecret = reader.string('IDENTITY_SECRET', { required: true, expected: 'le secret partagé avec la passerelle pour signer l’identité' }) ?? '';
  const logLevel = reader.string('LOG_LEVEL', { default: 'info', pattern: /^(fatal|error|warn|info|debug|trace|silent)$/, expected: 'fatal, error, warn, info, debug, trace ou silent' })!;
  reader.finish();
  return Object.freeze({ odoo, tuning, port, host, identitySecret, logLevel });
}

/** Settings to reach the Odoo simulator with the demo organisation's credentials; the tuning defaults to the one the
 * last `loadAccountingConfig` read unless given (`null`: none) (so `ODOO_CACHE_SECONDS` and `ODOO_CATEGORY_MAP` also apply in demo mode). */
export function odooDemoSettings(url: string, tuning?: OdooTuning | null): OdooSettings {
  const chosen = tuning ?? null;
  const base: OdooSettings = { url, database: odooDemo.database, login: odooDemo.login, apiKey: odooDemo.apiKey, companyIds: [odooDemo.companyId] };
  return chosen ? { ...base, protocol: chosen.protocol, cacheSeconds: chosen.cacheSeconds, timeoutMs: chosen.timeoutMs, categoryMap: chosen.categoryMap } : base;
}
