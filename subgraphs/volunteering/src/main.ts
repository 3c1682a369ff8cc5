import { createLogger, runStandalone } from '@alambic/subgraph-kit';
import { loadStandaloneConfig, OCECO_SIMULATOR_PORT } from './config.js';
import { ocecoDemoSettings } from './oceco/settings.js';
import { startOcecoSimulator } from './oceco/simulator/index.js';
import { createVolunteeringSubgraph } from './subgraph.js';

/** The volunteering subgraph alone; without OCECO_URL, the Oceco simulator with the demo organisation. */
runStandalone('volunteering', async () => {
  const config = loadStandaloneConfig(process.env);
  const logger = createLogger('volunteering', config.logLevel);
  const simulator = config.oceco ? undefined : await startOcecoSimulator({ port: OCECO_SIMULATOR_PORT });
  if (simulator) logger.info({ url: simulator.url }, 'mode démo : simulateur Oceco démarré');
  const settings = config.oceco ?? ocecoDemoSettings(simulator!.url);
  const server = await createVolunteeringSubgraph({ settings, identitySecret: config.identitySecret, logger });
  return { server, port: config.port, host: config.host, logger, alsoClose: simulator ? [() => simulator.close()] : [] };
});
