import type { SubgraphContext } from '@alambic/subgraph-kit';
import type { ActualsLoader } from './actuals/actuals.loader.js';

/** What accounting resolvers receive: the identity, a logger, and this request's loaders. */
export interface AccountingContext extends SubgraphContext {
  actuals: ActualsLoader;
}
