import { EnvReader } from '@alambic/subgraph-kit';

export interface InternalConfig {
  /** PostgreSQL connection URL; undefined means the all-in-one starter provides an embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Seed the demo organisation into an empty database. */
  seedDemoData: boolean;
}

export function loadInternalConfig(env: NodeJS.ProcessEnv): InternalConfig {
  const reader = new EnvReader(env);
  const config = {
    databaseUrl: reader.url('DATABASE_URL', { protocols: ['postgres:', 'postgresql:'] }),
    seedDemoData: reader.bool('SEED_DEMO_DATA', { default: true }) ?? true,
  };
  reader.finish();
  return Object.freeze(config);
}
