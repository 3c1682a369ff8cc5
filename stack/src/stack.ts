import 'reflect-metadata';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@alambic/embedded-db';
import { createLogger, type Logger } from '@alambic/subgraph-kit';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Composition } from './compose.js';
import { startGatewayThread } from './gateway-thread.js';
import { loadAllConfigs } from './all-configs.js';
import { portOffsets, type PortName } from './ports.js';
import { demoSecrets } from './secrets.js';
import { startInternal } from './subgraphs/internal.js';
import { stopSubgraph, type StartedSubgraph, type SubgraphStartContext } from './subgraphs/types.js';
import { upstreamSpecs, type UpstreamName } from './subgraphs/specs.js';
import { startUpstreamSubgraph } from './subgraphs/upstream-subgraph.js';

export interface StackOptions {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Where the embedded PostgreSQL and the demo secrets live. @default DATA_DIR, else <repo>/.data */
  dataDir?: string;
  /** `demo`: the fixed ports of the README (from PORT_BASE); `auto`: free ports (tests, bench). @default 'demo' */
  ports?: 'demo' | 'auto';
  /** Latency the simulators add to every upstream call. @default 0 */
  upstreamLatencyMs?: number;
  logger?: Logger;
  /** `committed`: serve schema/supergraph.graphql; `compose`: compose the subgraphs' current code (tests). @default 'committed' */
  supergraph?: 'committed' | 'compose';
  /** Simulators already running elsewhere (the bench runs them in their own process, as remote tools); the others
   * are started here. */
  simulatorUrls?: Partial<Record<UpstreamName, string>>;
  /** Called if the gateway's thread dies after the start (it is logged either way): `npm start` then stops. */
  onGatewayCrash?: (error: Error) => void;
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphs: Record<string, StartedSubgraph>;
  database: { url: string; embedded: boolean };
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '../..');

/** Starts everything `npm start` promises: database, simulators of unconfigured tools, the four subgraphs, the gateway. */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const { env = process.env, ports = 'demo', upstreamLatencyMs = 0 } = options;
  const configs = loadAllConfigs(env, repoRoot);
  const { gateway: gatewayConfig, internal: internalConfig, stack: stackConfig } = configs;
  const dataDir = options.dataDir ?? stackConfig.dataDir;
  const logger = options.logger ?? createLogger('alambic', gatewayConfig.logLevel);
  const port = (name: PortName) => {
    if (ports === 'auto') return 0;
    if (name === 'gateway' && env.PORT) return gatewayConfig.port;
    return stackConfig.portBase + portOffsets[name];
  };
  const secrets = demoSecrets(dataDir, { identitySecret: gatewayConfig.identitySecret, sessionSecret: gatewayConfig.sessionSecret });

  const cleanup: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of cleanup.reverse()) {
      await step().catch((error) => logger.error({ err: error }, 'shutdown step failed'));
    }
    cleanup.length = 0;
  };

  try {
    let embedded: EmbeddedDatabase | undefined;
    let databaseUrl = internalConfig.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'postgres'), port: ports === 'auto' ? await freePort() : stackConfig.postgresPort });
      cleanup.push(() => embedded!.stop());
      databaseUrl = embedded.url;
    }

    const context = (name: UpstreamName, simulator: PortName): SubgraphStartContext => ({
      env,
      port: port(name),
      simulatorPort: port(simulator),
      simulatorUrl: options.simulatorUrls?.[name],
      upstreamLatencyMs,
      identitySecret: secrets.identitySecret,
      databaseUrl: databaseUrl!,
      logger,
    });
    const started: StartedSubgraph[] = [];
    const track = (s: StartedSubgraph) => {
      started.push(s);
      cleanup.push(() => stopSubgraph(s));
      return s;
    };
    track(await startInternal({ databaseUrl, seedDemoData: internalConfig.seedDemoData, port: port('internal'), identitySecret: secrets.identitySecret, logger }));
    const others = await Promise.allSettled([
      startUpstreamSubgraph(upstreamSpecs.accounting, configs.upstreams.accounting, context('accounting', 'odoo')),
      startUpstreamSubgraph(upstreamSpecs.events, configs.upstreams.events, context('events', 'tibillet')),
      startUpstreamSubgraph(upstreamSpecs.volunteering, configs.upstreams.volunteering, context('volunteering', 'oceco')),
    ]);
    for (const result of others) if (result.status === 'fulfilled') track(result.value);
    const failed = others.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;

    const subgraphUrls = Object.fromEntries(started.map((s) => [s.name, gatewayConfig.subgraphUrls[s.name as keyof typeof gatewayConfig.subgraphUrls] ?? s.url]));
    const gateway = await startGatewayThread(
      {
        supergraphSdl: options.supergraph === 'compose' ? (await composeSupergraph()).supergraphSdl : await loadSupergraph(),
        subgraphUrls,
        identitySecret: secrets.identitySecret,
        sessionSecret: secrets.sessionSecret,
        logLevel: logger.level,
        webDir: path.join(repoRoot, 'web', 'build'),
        subgraphTimeoutMs: gatewayConfig.subgraphTimeoutMs,
        demoLogin: gatewayConfig.demoLogin,
        responseCacheSeconds: gatewayConfig.responseCacheSeconds,
        port: port('gateway'),
        host: ports === 'auto' ? '127.0.0.1' : gatewayConfig.host,
      },
      (error) => {
        logger.fatal({ err: error }, 'la passerelle s’est arrêtée');
        options.onGatewayCrash?.(error);
      },
    );
    cleanup.push(() => gateway.close());
    const gatewayUrl = gateway.url;

    return {
      gatewayUrl,
      subgraphs: Object.fromEntries(started.map((s) => [s.name, s])),
      database: { url: databaseUrl, embedded: Boolean(embedded) },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The committed supergraph; composed in-process when the file is missing. */
async function loadSupergraph(): Promise<string> {
  const file = path.join(repoRoot, 'schema', 'supergraph.graphql');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  return (await composeSupergraph()).supergraphSdl;
}

/** Composes the subgraphs' current code. Composition's library is loaded on the first call only: a hub serving the
 * committed supergraph never holds it. */
export async function composeSupergraph(): Promise<Composition> {
  return (await import('./compose.js')).composeSupergraph();
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
