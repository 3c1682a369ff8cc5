import { odooDemo } from '@alambic/demo-data';
import { EnvReader } from '@alambic/subgraph-kit';
import type { OdooSettings } from './odoo/settings.js';

/** The accounting subgraph's configuration. `odoo` undefined means demo mode: talk to the Odoo simulator. */
export interface AccountingConfig {
  odoo: OdooSettings | undefined;
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

const apiKeyPattern = /^[0-9a-fA-F]{40}$/;
const companyIdsPattern = /^\s*\d+(\s*,\s*\d+)*\s*$/;

function readOdoo(env: EnvReader): OdooSettings | undefined {
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
  const timeoutMs = env.int('ODOO_TIMEOUT_MS', { default: 5000, min: 100, max: 120_000 });
  if (!url || !database || !login || !apiKey || !companies || timeoutMs === undefined) return undefined;
  return { url, database, login, apiKey, companyIds: companies.split(',').map((s) => Number(s.trim())), timeoutMs };
}

/** Reads `ODOO_URL`, `ODOO_DB`, `ODOO_LOGIN`, `ODOO_API_KEY`, `ODOO_COMPANY_IDS`, `ODOO_TIMEOUT_MS`.
 * Throws `ConfigError` listing every problem when `ODOO_URL` is set and the rest is missing or invalid. */
export function loadAccountingConfig(env: NodeJS.ProcessEnv): AccountingConfig {
  const reader = new EnvReader(env);
  const odoo = readOdoo(reader);
  reader.finish();
  return Object.freeze({ odoo });
}

/** Adds `PORT`, `HOST`, `IDENTITY_SECRET` and `LOG_LEVEL` for the standalone process. */
export function loadAccountingMainConfig(env: NodeJS.ProcessEnv): AccountingMainConfig {
  const reader = new EnvReader(env);
  const odoo = readOdoo(reader);
  const port = reader.int('PORT', { default: ACCOUNTING_PORT, min: 0, max: 65535 })!;
  const host = reader.string('HOST', { default: '127.0.0.1' })!;
  const identitySecret = reader.string('IDENTITY_SECRET', { required: true, expected: 'le secret partagé avec la passerelle pour signer l’identité' }) ?? '';
  const logLevel = reader.string('LOG_LEVEL', { default: 'info', pattern: /^(fatal|error|warn|info|debug|trace|silent)$/, expected: 'fatal, error, warn, info, debug, trace ou silent' })!;
  reader.finish();
  return Object.freeze({ odoo, port, host, identitySecret, logLevel });
}

/** Settings to reach the Odoo simulator with the demo organisation's credentials. */
export function odooDemoSettings(url: string): OdooSettings {
  return { url, database: odooDemo.database, login: odooDemo.login, apiKey: odooDemo.apiKey, companyIds: [odooDemo.companyId] };
}
