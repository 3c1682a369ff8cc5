import { createSubgraphServer, type Logger, type SubgraphServer } from '@alambic/subgraph-kit';
import type { TibilletSettings } from './config.js';
import { createEventsContext } from './context.js';
import { EventService } from './event/event.service.js';
import { ProductService } from './product/product.service.js';
import { buildEventsSchema } from './schema.js';
import { TibilletClient } from './tibillet/client.js';

export interface EventsSubgraphOptions {
  settings: TibilletSettings;
  identitySecret: string;
  logger: Logger;
  /** The clock that decides what is upcoming (tests). @default () => new Date() */
  now?: () => Date;
}

/** Builds the TiBillet connector, the schema and the HTTP server; reads the event list once so the first query
 * finds it cached. `close()` also closes the connector (sockets, circuit breaker). */
export async function createEventsSubgraph(options: EventsSubgraphOptions): Promise<SubgraphServer> {
  const { settings, identitySecret, logger, now } = options;
  const tibillet = new TibilletClient(settings);
  const services = { events: new EventService(tibillet, now), products: new ProductService(tibillet) };
  try {
    const schema = await buildEventsSchema();
    const server = await createSubgraphServer({
      name: 'events',
      schema,
      identitySecret,
      logger,
      context: (base) => createEventsContext(base, services),
      checkDependencies: async () => ({ tibillet: await services.events.health() }),
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
      },
    };
  } catch (error) {
    tibillet.close();
    throw error;
  }
}
