import 'reflect-metadata';
import { createLogger, runStandalone } from '@alambic/subgraph-kit';
import { loadAccountingMainConfig, ODOO_SIMULATOR_PORT, odooDemoSettings } from './config.js';
import { startOdooSimulator } from './odoo/simulator/index.js';
import { createAccountingSubgraph } from './subgraph.js';

/** The accounting subgraph alone; with no `ODOO_URL`, the Odoo simulator beside it. */
runStandalone('accounting', async () => {
  const config = loadAccountingMainConfig(process.env);
  const logger = createLogger('accounting', config.logLevel);
  const simulator = config.odoo ? undefined : await startOdooSimulator({ port: ODOO_SIMULATOR_PORT, host: '127.0.0.1' });
  if (simulator) logger.info({ url: simulator.url, version: simulator.version }, 'mode démo : simulateur Odoo démarré');
  const settings = config.odoo ?? odooDemoSettings(simulator!.url, config.tuning);
  const server = await createAccountingSubgraph({ settings, identitySecret: config.identitySecret, logger });
  return { server, port: config.port, host: config.host, logger, alsoClose: simulator ? [() => simulator.close()] : [] };
});
