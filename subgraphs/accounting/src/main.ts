import 'reflect-metadata';
import { ConfigError, createLogger } from '@alambic/subgraph-kit';
import { loadAccountingMainConfig, ODOO_SIMULATOR_PORT, odooDemoSettings } from './config.js';
import { startOdooSimulator, type OdooSimulator } from './odoo/simulator/index.js';
import { createAccountingSubgraph } from './subgraph.js';

/** Runs the accounting subgraph alone; with no `ODOO_URL`, starts the Odoo simulator beside it. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadAccountingMainConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger('accounting', config.logLevel);
  let simulator: OdooSimulator | undefined;
  let settings = config.odoo;
  if (!settings) {
    simulator = await startOdooSimulator({ port: ODOO_SIMULATOR_PORT, host: '127.0.0.1' });
    settings = odooDemoSettings(simulator.url);
    logger.info({ url: simulator.url, version: simulator.version }, 'Mode démo : simulateur Odoo démarré');
  }
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const subgraph = await createAccountingSubgraph({ settings, identitySecret: config.identitySecret, logger });
  // Apollo Server installs its own SIGINT/SIGTERM handlers outside NODE_ENV=test (`stopOnTerminationSignals`);
  // racing our close(), it deadlocks with Fastify's drain. Remove only the handlers added while building.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  const url = await subgraph.listen(config.port, config.host);
  logger.info({ url: `${url}/graphql` }, 'Sous-graphe accounting prêt');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Arrêt du sous-graphe accounting');
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    await subgraph.close();
    await simulator?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Le sous-graphe accounting n’a pas pu démarrer : ${(error as Error).message}\n`);
  process.exit(1);
});
