import { EnvReader } from '@alambic/subgraph-kit';

export const subgraphNames = ['internal', 'accounting', 'events', 'volunteering'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export interface GatewayConfig {
  port: number;
  host: string;
  /** Signs the identity header sent to subgraphs. */
  identitySecret: string | undefined;
  /** Signs members' session cookies. */
  sessionSecret: string | undefined;
  /** Where each subgraph listens; unset ones use the URL in the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Time allowed to each subgraph call. */
  subgraphTimeoutMs: number;
  /** Longest time a query's whole answer is reused for the same member (subgraphs may allow less); 0: never. */
  responseCacheSeconds: number;
  /** Lets anyone sign in as a demo member by email, without a password. Demo only. */
  demoLogin: boolean;
  logLevel: string;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const reader = new EnvReader(env);
  const secretPattern = { pattern: /^.{32,}$/, expected: 'au moins 32 caractères' };
  const config: GatewayConfig = {
    port: reader.int('PORT', { default: 4000, min: 0, max: 65535 }) ?? 4000,
    host: reader.string('HOST', { default: '0.0.0.0' }) ?? '0.0.0.0',
    identitySecret: reader.string('IDENTITY_SECRET', secretPattern),
    sessionSecret: reader.string('SESSION_SECRET', secretPattern),
    subgraphUrls: Object.fromEntries(
      subgraphNames.flatMap((name) => {
        const url = reader.url(`${name.toUpperCase()}_SUBGRAPH_URL`);
        return url ? [[name, url]] : [];
      }),
    ),
    subgraphTimeoutMs: reader.int('SUBGRAPH_TIMEOUT_MS', { default: 10_000, min: 100, max: 120_000 }) ?? 10_000,
    responseCacheSeconds: reader.int('RESPONSE_CACHE_SECONDS', { default: 30, min: 0, max: 3600 }) ?? 30,
    demoLogin: reader.bool('DEMO_LOGIN', { default: true }) ?? true,
    logLevel: reader.string('LOG_LEVEL', { default: 'info' }) ?? 'info',
  };
  reader.finish();
  return Object.freeze(config);
}
