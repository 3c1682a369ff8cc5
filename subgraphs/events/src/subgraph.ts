import { createSubgraphServer, type DependencyStatus, type Logger, type SubgraphServer } from '@alambic/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { TibilletSettings } from './config.js';
import { createEventsContext, type EventsServices } from './context.js';
import { EventService } from './event/event.service.js';
import { MappingService } from './mapping/mapping.service.js';
import { MappingStore } from './mapping/mapping.store.js';
import { ProductService } from './product/product.service.js';
import { SalesService } from './sales/sales.service.js';
import { buildEventsSchema } from './schema.js';
import { openEventsStore } from './store/datasource.js';
import { seedDemoMapping } from './store/seed.js';
import { TibilletClient } from './tibillet/client.js';

export interface EventsSubgraphOptions {
  settings: TibilletSettings;
  identitySecret: string;
  logger: Logger;
  /** The hub's PostgreSQL; the subgraph keeps its own tables in the schema `events`. */
  databaseUrl: string;
  /** Seed the demo product → event links and organisers into an empty store. @default settings.demo (the simulator) */
  seedDemoData?: boolean;
  /** The clock that decides what is upcoming (tests). @default () => new Date() */
  now?: () => Date;
}

async function databaseStatus(db: DataSource): Promise<DependencyStatus> {
  try {
    await db.query('SELECT 1');
    return { up: true };
  } catch {
    return { up: false, detail: 'PostgreSQL ne répond pas' };
  }
}

/** Opens the store (migrations, demo seed), builds the TiBillet connector, the schema and the HTTP server; reads the
 * event list once so the first query finds it cached. `close()` also closes the connector and the store. */
export async function createEventsSubgraph(options: EventsSubgraphOptions): Promise<SubgraphServer> {
  const { settings, identitySecret, logger, databaseUrl, now, seedDemoData = settings.demo === true } = options;
  const db = await openEventsStore(databaseUrl);
  const tibillet = new TibilletClient(settings);
  try {
    if (seedDemoData && (await seedDemoMapping(db))) logger.info('events: liens produits → évènements de démonstration enregistrés');
    const store = new MappingStore(db);
    const events = new EventService(tibillet, now);
    const services: EventsServices = {
      events,
      products: new ProductService(tibillet),
      sales: new SalesService(tibillet, store, events),
      mapping: new MappingService(store, tibillet, events),
      store,
    };
    const schema = await buildEventsSchema();
    const server = await createSubgraphServer({
      name: 'events',
      schema,
      identitySecret,
      logger,
      context: (base) => createEventsContext(base, services),
      checkDependencies: async () => ({ tibillet: await services.events.health(), postgresql: await databaseStatus(db) }),
      // At most; each TiBillet read lowers it to what is left of its freshness (TIBILLET_CACHE_SECONDS).
      maxAgeSeconds: 60,
    });
    // Warm-up: a failure here only means TiBillet is down for now; /ready says so and queries report it.
    const warm = await services.events.health();
    if (!warm.up) logger.warn({ subgraph: 'events', detail: warm.detail }, 'TiBillet ne répond pas au démarrage');
    return {
      app: server.app,
      listen: (port, host) => server.listen(port, host),
      async close() {
        await server.close();
        tibillet.close();
        await db.destroy();
      },
    };
  } catch (error) {
    tibillet.close();
    await db.destroy();
    throw error;
  }
}
