import { ConfigError, EnvReader, createLogger } from '@alambic/subgraph-kit';
import { loadInternalConfig } from './config.js';
import { createInternalSubgraph } from './subgraph.js';

async function main() {
  const env = new EnvReader(process.env);
  const port = env.int('PORT', { default: 4001, min: 0, max: 65535 }) ?? 4001;
  const identitySecret = env.string('IDENTITY_SECRET', { required: true, expected: 'le secret partagé avec la passerelle' });
  const logLevel = env.string('LOG_LEVEL', { default: 'info' });
  env.finish();
  const config = loadInternalConfig(process.env);
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL est obligatoire pour lancer ce subgraph seul (npm start à la racine démarre un PostgreSQL embarqué).']);
  const logger = createLogger('internal', logLevel);
  const server = await createInternalSubgraph({ databaseUrl: config.databaseUrl, identitySecret: identitySecret!, logger, seedDemoData: config.seedDemoData });
  const url = await server.listen(port);
  logger.info(`internal subgraph on ${url}/graphql`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
