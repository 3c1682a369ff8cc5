import 'reflect-metadata';
import { createLogger, runStandalone } from '@alambic/subgraph-kit';
import { loadEventsServerConfig, tibilletDemoSettings } from './config.js';
import { createEventsSubgraph } from './subgraph.js';
import { startTibilletSimulator } from './tibillet/simulator/index.js';

/** The TiBillet simulator's fixed demo port. */
const SIMULATOR_PORT = 4011;

/** The events subgraph alone; without TIBILLET_URL, the TiBillet simulator beside it. */
runStandalone('events', async () => {
  const config = loadEventsServerConfig(process.env);
  const logger = createLogger('events', config.logLevel);
  const simulator = config.tibillet ? undefined : await startTibilletSimulator({ port: SIMULATOR_PORT });
  if (simulator) logger.info({ url: simulator.url }, 'mode démo : simulateur TiBillet démarré');
  const settings = config.tibillet ?? tibilletDemoSettings(simulator!.url);
  const server = await createEventsSubgraph({ settings, identitySecret: config.identitySecret, databaseUrl: config.databaseUrl, logger });
  return { server, port: config.port, host: config.host, logger, alsoClose: simulator ? [() => simulator.close()] : [] };
});
