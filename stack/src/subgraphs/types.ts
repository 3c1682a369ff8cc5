import type { UpstreamControl } from '@alambic/connector-kit';
import type { Logger, SubgraphServer } from '@alambic/subgraph-kit';

/** A running upstream simulator. */
export interface Simulator {
  url: string;
  control: UpstreamControl;
  close(): Promise<void>;
}

export interface SubgraphStartContext {
  env: NodeJS.ProcessEnv;
  port: number;
  /** Port for the upstream simulator, when the upstream is not configured. */
  simulatorPort: number;
  /** A simulator already running elsewhere, used instead of starting one. */
  simulatorUrl?: string;
  /** Latency added by simulators to every upstream call. */
  upstreamLatencyMs: number;
  identitySecret: string;
  /** The hub's PostgreSQL, for subgraphs that keep data of their own beside their upstream. */
  databaseUrl: string;
  logger: Logger;
}

export interface StartedSubgraph {
  name: string;
  /** GraphQL URL. */
  url: string;
  server: SubgraphServer;
  /** Present in demo mode, when the hub talks to a simulator. */
  simulator?: Simulator;
  /** What the start banner says about the upstream. */
  upstream: string;
}

/** Stops a subgraph, then its simulator. */
export async function stopSubgraph(started: StartedSubgraph): Promise<void> {
  await started.server.close();
  await started.simulator?.close();
}
