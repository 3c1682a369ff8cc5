import { DataSource } from 'typeorm';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';

/** The PostgreSQL schema the events subgraph owns in the hub's database; no other subgraph reads it. */
export const EVENTS_SCHEMA = 'events';

/** The events subgraph's DataSource: its own schema and its own migrations table. Schema changes only through migrations. */
export function createEventsDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    schema: EVENTS_SCHEMA,
    entities,
    migrations,
    migrationsTableName: 'events_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 4 },
  });
}

/** Connects, makes sure the schema exists (the migrations table lives in it), applies pending migrations. */
export async function openEventsStore(databaseUrl: string): Promise<DataSource> {
  const dataSource = createEventsDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${EVENTS_SCHEMA}`);
    await dataSource.runMigrations({ transaction: 'all' });
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
