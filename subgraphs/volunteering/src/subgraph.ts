import { createSubgraphServer, type Logger, type SubgraphServer } from '@alambic/subgraph-kit';
import { createVolunteeringContext } from './context.js';
import { OcecoVolunteeringSource, type OcecoTuning } from './oceco/oceco-source.js';
import type { OcecoSettings } from './oceco/settings.js';
import { buildVolunteeringSchema } from './schema.js';
import type { VolunteeringSource } from './volunteering-source.js';

export interface CreateVolunteeringSubgraphOptions {
  settings: OcecoSettings;
  identitySecret: string;
  logger: Logger;
  /** Reconnection and heartbeat knobs (tests turn them down). */
  tuning?: OcecoTuning;
  /** Replaces the Oceco adapter (another implementation of the same interface). */
  source?: VolunteeringSource;
}

/** Builds the Oceco connector, the schema and the HTTP server. Warm-up logs in over DDP and fills the member
 * mirror, so a query then costs no upstream round trip. Oceco being down does not stop the start: `/ready`
 * reports it, and the mirror keeps reconnecting. `close()` also closes the connector. */
export async function createVolunteeringSubgraph(options: CreateVolunteeringSubgraphOptions): Promise<SubgraphServer> {
  const { settings, identitySecret, logger, tuning } = options;
  const source = options.source ?? new OcecoVolunteeringSource(settings, { logger: logger.child({ connector: 'oceco' }), tuning });
  try {
    const schema = await buildVolunteeringSchema();
    await source.warmUp();
    const health = source.health();
    if (!health.up) logger.warn({ source: 'Oceco', detail: health.detail }, 'Oceco injoignable au démarrage : le sous-graphe démarre et réessaie');
    const server = await createSubgraphServer({
      name: 'volunteering',
      schema,
      identitySecret,
      logger,
      context: (base) => createVolunteeringContext(base, source),
      checkDependencies: async () => ({ oceco: source.health() }),
      // Balances and actions arrive live from Oceco (DDP): an answer is never reused.
      maxAgeSeconds: 0,
    });
    return {
      app: server.app,
      listen: (port, host) => server.listen(port, host),
      async close() {
        try {
          await server.close();
        } finally {
          await source.close();
        }
      },
    };
  } catch (error) {
    await source.close();
    throw error;
  }
}
