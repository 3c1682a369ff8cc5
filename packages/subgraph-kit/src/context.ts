import type { Logger } from 'pino';
import type { Identity } from './identity.js';

/** What every resolver of every subgraph receives. Subgraphs extend it with their own loaders. */
export interface SubgraphContext {
  identity: Identity;
  logger: Logger;
}
