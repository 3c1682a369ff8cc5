import type { Logger, SubgraphServer } from '@alambic/subgraph-kit';
import type { Simulator, StartedSubgraph, SubgraphStartContext } from './types.js';

/** How the starter runs one subgraph that wraps an upstream tool: the real tool when configured, else its simulator. */
export interface UpstreamSubgraphSpec<Settings> {
  name: 'accounting' | 'events' | 'volunteering';
  /** The tool, as users know it. */
  upstream: string;
  /** Reads and validates the tool's variables; undefined means demo mode. Throws `ConfigError`. */
  loadSettings(env: NodeJS.ProcessEnv): Settings | undefined;
  /** Settings to talk to the simulator; `env` carries the tuning variables that apply in demo mode too. */
  demoSettings(simulatorUrl: string, env: NodeJS.ProcessEnv): Settings;
  startSimulator(options: { port: number; host: string }): Promise<Simulator>;
  create(options: { settings: Settings; identitySecret: string; databaseUrl: string; logger: Logger }): Promise<SubgraphServer>;
}

export async function startUpstreamSubgraph<Settings>(
  spec: UpstreamSubgraphSpec<Settings>,
  settings: Settings | undefined,
  context: SubgraphStartContext,
): Promise<StartedSubgraph> {
  let simulator: Simulator | undefined;
  if (settings === undefined && !context.simulatorUrl) {
    simulator = await spec.startSimulator({ port: context.simulatorPort, host: '127.0.0.1' });
    simulator.control.latencyMs = context.upstreamLatencyMs;
  }
  try {
    const server = await spec.create({
      settings: settings ?? spec.demoSettings(context.simulatorUrl ?? simulator!.url, context.env),
      identitySecret: context.identitySecret,
      databaseUrl: context.databaseUrl,
      logger: context.logger,
    });
    const base = await server.listen(context.port);
    return { name: spec.name, url: `${base}/graphql`, server, simulator, upstream: spec.upstream };
  } catch (error) {
    await simulator?.close();
    throw error;
  }
}
