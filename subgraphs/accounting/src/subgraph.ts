import { createSubgraphServer, type Logger, type SubgraphServer } from '@alambic/subgraph-kit';
import type { AccountingSource } from './accounting-source.js';
import { ActualsService } from './actuals/actuals.service.js';
import { BankService } from './bank/bank.service.js';
import { loadCategoryMap } from './categories/category-map.js';
import type { AccountingContext } from './context.js';
import { DocumentsService } from './documents/documents.service.js';
import { AccountingLoaders } from './loaders.js';
import { OdooAccounting } from './odoo/odoo-accounting.js';
import type { OdooSettings } from './odoo/settings.js';
import { buildAccountingSchema } from './schema.js';

export interface AccountingSubgraphOptions {
  settings: OdooSettings;
  /** Secret shared with the gateway to verify the identity header. */
  identitySecret: string;
  logger: Logger;
  /** Replaces the Odoo connector (tests). @default an `OdooAccounting` built from `settings` */
  source?: AccountingSource;
}

/** Builds the accounting subgraph: Odoo connector (warmed up), schema and HTTP server. Does not listen. */
export async function createAccountingSubgraph(options: AccountingSubgraphOptions): Promise<SubgraphServer> {
  const { settings, identitySecret, logger } = options;
  const map = settings.categoryMap ?? loadCategoryMap();
  const source = options.source ?? new OdooAccounting(settings, logger);
  try {
    await source.warmUp();
  } catch (error) {
    // The subgraph still starts: /ready reports Odoo down and queries retry the warm-up on demand.
    logger.warn({ subgraph: 'accounting', error: (error as Error).message }, 'Odoo indisponible au démarrage');
  }
  const actuals = new ActualsService(source, map);
  const documents = new DocumentsService(source, map);
  const bank = new BankService(source);
  const schema = await buildAccountingSchema();
  const server = await createSubgraphServer<AccountingContext>({
    name: 'accounting',
    schema,
    identitySecret,
    logger,
    context: (base) => ({ ...base, actuals, documents, bank, loaders: new AccountingLoaders(actuals, documents) }),
    checkDependencies: async () => ({ odoo: await source.status() }),
    // At most; each Odoo read lowers it to what is left of its freshness (ODOO_CACHE_SECONDS).
    maxAgeSeconds: 60,
  });
  return {
    app: server.app,
    listen: (port, host) => server.listen(port, host),
    async close() {
      await server.close();
      await source.close();
    },
  };
}
