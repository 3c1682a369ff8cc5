import type { SubgraphContext } from '@alambic/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { InternalLoaders } from './loaders.js';

export interface InternalContext extends SubgraphContext {
  db: DataSource;
  loaders: InternalLoaders;
  /** Today in Indian/Reunion, `YYYY-MM-DD`: the day vacancies and terms are judged on. */
  today: string;
}
