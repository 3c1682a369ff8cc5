import 'reflect-metadata';
import { ConfigError, createLogger } from '@alambic/subgraph-kit';
import { loadEventsServerConfig, tibilletDemoSettings } from './config.js';
import { createEventsSubgraph } from './subgraph.js';
import { startTibilletSimulator, type TibilletSimulator } from './tibillet/simulator/index.js';

/** The TiBillet simulator's fixed demo port. */
const SIMULATOR_PORT = 4011;

/** The events subgraph alone: `npm start -w subgraphs/events`. Without TIBILLET_URL it starts the TiBillet simulator. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadEventsServerConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger('events', config.logLevel);

  let simulator: TibilletSimulator | undefined;
  let settings = config.tibillet;
  if (!settings) {
    simulator = await startTibilletSimulator({ port: SIMULATOR_PORT });
    settings = tibilletDemoSettings(simulator.url);
    logger.info({ url: simulator.url }, 'TIBILLET_URL absent : simulateur TiBillet démarré avec les données de démonstration');
  }

  const signals = ['SIGINT', 'SIGTERM'] as const;
  const listenersBefore = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const subgraph = await createEventsSubgraph({ settings, identitySecret: config.identitySecret, logger });
  // Apollo Server adds SIGINT/SIGTERM handlers that stop it and re-raise the signal, killing the process before the
  // connector and the simulator are closed: this process handles its signals itself (below).
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!listenersBefore.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  const url = await subgraph.listen(config.port, config.host);
  logger.info({ url: `${url}/graphql` }, 'sous-graphe events prêt');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'arrêt du sous-graphe events');
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    await subgraph.close();
    await simulator?.close();
    logger.info('sous-graphe events arrêté');
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Le sous-graphe events n’a pas pu démarrer :', error instanceof Error ? error.message : error);
  process.exit(1);
});
