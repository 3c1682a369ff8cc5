import { tibilletDemo } from '@alambic/demo-data';
import { EnvReader } from '@alambic/subgraph-kit';

/** How to reach the venue's TiBillet (Lespass API v2). */
export interface TibilletSettings {
  /** Base URL; its host selects the venue (tenant), e.g. https://raffinerie.tibillet.coop */
  url: string;
  /** `<prefix8>.<secret32>`, with the flags `event`, `product` (and `sale` with a venue-admin user for sales). */
  apiKey: string;
  /** Time allowed for one call, in ms. */
  timeoutMs: number;
  /** How long a read is reused without calling TiBillet, in seconds. */
  cacheSeconds: number;
  /** True for the TiBillet simulator of the demo organisation: its products are the demo products, so the demo
   * product → event links may be seeded. */
  demo?: boolean;
}

export interface EventsConfig {
  /** `undefined`: demo mode, talk to the TiBillet simulator. */
  tibillet: TibilletSettings | undefined;
}

/** The settings of a standalone events subgraph (`main.ts`). */
export interface EventsServerConfig extends EventsConfig {
  port: number;
  host: string;
  identitySecret: string;
  logLevel: string;
  /** The hub's PostgreSQL (`postgres://…`), where the subgraph keeps its product → event links. */
  databaseUrl: string;
}

export const EVENTS_PORT = 4003;
const API_KEY = /^[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}$/;
const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_CACHE_SECONDS = 30;

function readTibillet(env: EnvReader): TibilletSettings | undefined {
  if (!env.has('TIBILLET_URL')) return undefined;
  const url = env.url('TIBILLET_URL');
  const apiKey = env.string('TIBILLET_API_KEY', {
    required: true,
    pattern: API_KEY,
    expected: 'la clé d’API du lieu, de la forme <8 caractères>.<32 caractères>, créée dans l’administration TiBillet',
  });
  const timeoutMs = env.int('TIBILLET_TIMEOUT_MS', { default: DEFAULT_TIMEOUT_MS, min: 100, max: 60_000 });
  const cacheSeconds = env.int('TIBILLET_CACHE_SECONDS', { default: DEFAULT_CACHE_SECONDS, min: 0, max: 3600 });
  if (!url || !apiKey || timeoutMs === undefined || cacheSeconds === undefined) return undefined;
  return { url, apiKey, timeoutMs, cacheSeconds };
}

/** Reads TIBILLET_URL, TIBILLET_API_KEY, TIBILLET_TIMEOUT_MS and TIBILLET_CACHE_SECONDS; throws `ConfigError`
 * naming every variable at fault. Without TIBILLET_URL, `tibillet` is undefined (demo mode). */
export function loadEventsConfig(env: NodeJS.ProcessEnv): EventsConfig {
  const reader = new EnvReader(env);
  const tibillet = readTibillet(reader);
  reader.finish();
  return Object.freeze({ tibillet });
}

/** Adds PORT (default 4003), HOST (default 127.0.0.1), IDENTITY_SECRET (required), DATABASE_URL (required) and
 * LOG_LEVEL (default info) for `main.ts`; every problem is reported together. */
export function loadEventsServerConfig(env: NodeJS.ProcessEnv): EventsServerConfig {
  const reader = new EnvReader(env);
  const port = reader.int('PORT', { default: EVENTS_PORT, min: 0, max: 65_535 });
  const host = reader.string('HOST', { default: '127.0.0.1' }) as string;
  const identitySecret = reader.string('IDENTITY_SECRET', { required: true, expected: 'le secret partagé avec la passerelle' });
  const logLevel = reader.string('LOG_LEVEL', {
    default: 'info',
    pattern: /^(fatal|error|warn|info|debug|trace|silent)$/,
    expected: 'fatal, error, warn, info, debug, trace ou silent',
  }) as string;
  // The hub's PostgreSQL, where the subgraph keeps its product → event links (schema `events`).
  const databaseUrl = reader.url('DATABASE_URL', { required: true, protocols: ['postgres:', 'postgresql:'] });
  const tibillet = readTibillet(reader);
  reader.finish();
  return Object.freeze({ port: port as number, host, identitySecret: identitySecret as string, logLevel, databaseUrl: databaseUrl as string, tibillet });
}

/** The settings to talk to the TiBillet simulator at `url` with the demo key. */
export function tibilletDemoSettings(url: string): TibilletSettings {
  return { url, apiKey: tibilletDemo.apiKey, timeoutMs: DEFAULT_TIMEOUT_MS, cacheSeconds: DEFAULT_CACHE_SECONDS, demo: true };
}
