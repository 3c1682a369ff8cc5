import type { SubgraphContext } from '@alambic/subgraph-kit';
import type { ActualsService } from './actuals/actuals.service.js';
import type { BankService } from './bank/bank.service.js';
import type { DocumentsService } from './documents/documents.service.js';
import type { AccountingLoaders } from './loaders.js';

/** What accounting resolvers receive: the identity, a logger, this request's loaders and the services. */
export interface AccountingContext extends SubgraphContext {
  loaders: AccountingLoaders;
  actuals: ActualsService;
  documents: DocumentsService;
  bank: BankService;
}
