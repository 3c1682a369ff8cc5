import 'reflect-metadata';
import { ConfigError, EnvReader, createLogger, runStandalone } from '@alambic/subgraph-kit';
import { loadInternalConfig } from './config.js';
import { createInternalSubgraph } from './subgraph.js';

/** The internal subgraph alone, against the PostgreSQL of DATABASE_URL. */
runStandalone('internal', async () => {
  const env = new EnvReader(process.env);
  const port = env.int('PORT', { default: 4001, min: 0, max: 65535 }) ?? 4001;
  const host = env.string('HOST', { default: '127.0.0.1' }) ?? '127.0.0.1';
  const identitySecret = env.string('IDENTITY_SECRET', { required: true, expected: 'le secret partagé avec la passerelle' });
  const logLevel = env.string('LOG_LEVEL', { default: 'info' }) ?? 'info';
  env.finish();
  const config = loadInternalConfig(process.env);
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL est obligatoire pour lancer ce subgraph seul (npm start à la racine démarre un PostgreSQL embarqué).']);
  const logger = createLogger('internal', logLevel);
  const server = await createInternalSubgraph({ databaseUrl: config.databaseUrl, identitySecret: identitySecret!, logger, seedDemoData: config.seedDemoData });
  return { server, port, host, logger };
});
