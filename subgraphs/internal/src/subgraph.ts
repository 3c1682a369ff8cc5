import { createSubgraphServer, type Logger, type SubgraphServer } from '@alambic/subgraph-kit';
import { openDatabase } from './datasource.js';
import { createLoaders } from './loaders.js';
import { todayInReunion } from './role/vacancy.js';
import { buildInternalSchema } from './schema.js';
import { seedDemoOrganisation } from './seed/demo-seed.js';

export interface InternalSubgraphOptions {
  databaseUrl: string;
  identitySecret: string;
  logger: Logger;
  seedDemoData?: boolean;
}

/** The internal subgraph: migrations applied, demo data seeded into an empty database, server ready to listen. */
export async function createInternalSubgraph(options: InternalSubgraphOptions): Promise<SubgraphServer> {
  const { databaseUrl, identitySecret, logger, seedDemoData = true } = options;
  const db = await openDatabase(databaseUrl);
  if (seedDemoData && (await seedDemoOrganisation(db))) logger.info('internal: demo organisation seeded');
  const schema = await buildInternalSchema();
  const server = await createSubgraphServer({
    name: 'internal',
    schema,
    identitySecret,
    logger,
    context: (base) => ({ ...base, db, loaders: createLoaders(db), today: todayInReunion() }),
    // Its data changes only through mutations, after which the gateway forgets what it kept.
    maxAgeSeconds: 60,
    checkDependencies: async () => {
      try {
        await db.query('SELECT 1');
        return { postgresql: { up: true } };
      } catch {
        return { postgresql: { up: false, detail: 'PostgreSQL ne répond pas' } };
      }
    },
  });
  return {
    ...server,
    async close() {
      await server.close();
      await db.destroy();
    },
  };
}
