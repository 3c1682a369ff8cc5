import { EnvReader } from '@alambic/subgraph-kit';
import type { OcecoSettings } from './oceco/settings.js';

/** The volunteering subgraph's configuration. `oceco` undefined means demo mode: talk to the simulator. */
export interface VolunteeringConfig {
  oceco: OcecoSettings | undefined;
}

const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
const OBJECT_ID_EXPECTED = 'un identifiant Communecter de 24 caractères hexadécimaux';

/** Reads the Oceco variables into `reader` (problems are collected, not thrown):
 * OCECO_URL, OCECO_ORG_ID, OCECO_EMAIL, OCECO_PASSWORD, optional OCECO_ACCESS_TOKEN + OCECO_USER_ID, OCECO_TIMEOUT_MS. */
export function readOcecoSettings(reader: EnvReader): OcecoSettings | undefined {
  if (!reader.has('OCECO_URL')) return undefined;
  const url = reader.url('OCECO_URL', { required: true });
  const organizationId = reader.string('OCECO_ORG_ID', { required: true, pattern: OBJECT_ID, expected: OBJECT_ID_EXPECTED });
  const email = reader.string('OCECO_EMAIL', { required: true, pattern: /^[^\s@]+@[^\s@]+$/, expected: 'l’adresse du compte Oceco dédié au hub' });
  const password = reader.string('OCECO_PASSWORD', { required: true, expected: 'le mot de passe du compte Oceco dédié au hub' });
  const accessToken = reader.string('OCECO_ACCESS_TOKEN');
  const userId = reader.string('OCECO_USER_ID', { pattern: OBJECT_ID, expected: OBJECT_ID_EXPECTED });
  if (accessToken && !reader.has('OCECO_USER_ID')) reader.problem('OCECO_USER_ID est obligatoire quand OCECO_ACCESS_TOKEN est défini (le citoyen administrateur au nom duquel le hub lit les actions).');
  if (reader.has('OCECO_USER_ID') && !accessToken) reader.problem('OCECO_ACCESS_TOKEN est obligatoire quand OCECO_USER_ID est défini (le secret d’instance Oceco, « ocecoApiToken »).');
  const timeoutMs = reader.int('OCECO_TIMEOUT_MS', { min: 100, max: 60_000, default: 5000 });
  if (!url || !organizationId || !email || !password) return undefined;
  return { url, organizationId, email, password, accessToken, userId, timeoutMs };
}

/** Reads and validates the Oceco variables; throws `ConfigError` naming every problem. */
export function loadVolunteeringConfig(env: NodeJS.ProcessEnv): VolunteeringConfig {
  const reader = new EnvReader(env);
  const oceco = readOcecoSettings(reader);
  reader.finish();
  return Object.freeze({ oceco: oceco && Object.freeze(oceco) });
}

/** What `main.ts` needs to run the subgraph alone. */
export interface StandaloneConfig extends VolunteeringConfig {
  port: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host: string;
  identitySecret: string;
  /** @default 'info' */
  logLevel: string;
}

export const VOLUNTEERING_PORT = 4004;
export const OCECO_SIMULATOR_PORT = 4012;

export function loadStandaloneConfig(env: NodeJS.ProcessEnv): StandaloneConfig {
  const reader = new EnvReader(env);
  const port = reader.int('PORT', { min: 0, max: 65_535, default: VOLUNTEERING_PORT }) ?? VOLUNTEERING_PORT;
  const host = reader.string('HOST', { default: '127.0.0.1' }) ?? '127.0.0.1';
  const identitySecret = reader.string('IDENTITY_SECRET', { required: true, expected: 'le secret partagé avec la passerelle pour signer l’identité' });
  const logLevel =
    reader.string('LOG_LEVEL', { default: 'info', pattern: /^(fatal|error|warn|info|debug|trace|silent)$/, expected: 'fatal, error, warn, info, debug, trace ou silent' }) ?? 'info';
  const oceco = readOcecoSettings(reader);
  reader.finish();
  return Object.freeze({ port, host, identitySecret: identitySecret ?? '', logLevel, oceco });
}
