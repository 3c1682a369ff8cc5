import { ConfigError, createLogger } from '@alambic/subgraph-kit';
import { loadStandaloneConfig, OCECO_SIMULATOR_PORT } from './config.js';
import { ocecoDemoSettings } from './oceco/settings.js';
import { startOcecoSimulator, type OcecoSimulator } from './oceco/simulator/index.js';
import { createVolunteeringSubgraph } from './subgraph.js';

/** Runs the volunteering subgraph alone; without OCECO_URL it starts the Oceco simulator with the demo organisation. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadStandaloneConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger('volunteering', config.logLevel);

  let simulator: OcecoSimulator | undefined;
  let settings = config.oceco;
  if (!settings) {
    simulator = await startOcecoSimulator({ port: OCECO_SIMULATOR_PORT }).catch(() => startOcecoSimulator({ port: 0 }));
    settings = ocecoDemoSettings(simulator.url);
    logger.info({ simulator: simulator.url }, 'OCECO_URL absent : mode démo, simulateur Oceco démarré');
  }

  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const server = await createVolunteeringSubgraph({ settings, identitySecret: config.identitySecret, logger });
  // Apollo Server installs its own SIGINT/SIGTERM handlers (stopOnTerminationSignals); racing with server.close()
  // they deadlock the shutdown. One path closes everything here, so drop only the handlers added while building.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  const url = await server.listen(config.port, config.host);
  logger.info({ url: `${url}/graphql` }, 'sous-graphe volunteering prêt');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'arrêt du sous-graphe volunteering');
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    try {
      await server.close();
      await simulator?.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Le sous-graphe volunteering n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
