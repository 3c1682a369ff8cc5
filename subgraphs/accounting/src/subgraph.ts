import { createSubgraphServer, type Logger, type SubgraphServer } from '@alambic/subgraph-kit';
import type { AccountingSource } from './accounting-source.js';
import { ActualsLoader } from './actuals/actuals.loader.js';
import { ActualsService } from './actuals/actuals.service.js';
import type { AccountingContext } from './context.js';
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
  const source = options.source ?? new OdooAccounting(settings, logger);
  try {
    await source.warmUp();
  } catch (error) {
    // The subgraph still starts: /ready reports Odoo down and queries retry the warm-up on demand.
    logger.warn({ subgraph: 'accounting', error: (error as Error).message }, 'Odoo indisponible au démarrage');
  }
  const service = new ActualsService(source);
  const schema = await buildAccountingSchema();
  const server = await createSubgraphServer<AccountingContext>({
    name: 'accounting',
    schema,
    identitySecret,
    logger,
    context: (base) => ({ ...base, actuals: new ActualsLoader(service) }),
    checkDependencies: async () => ({ odoo: await source.status() }),
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
