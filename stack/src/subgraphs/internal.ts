import { createInternalSubgraph } from '@alambic/internal';
import type { Logger } from '@alambic/subgraph-kit';
import type { StartedSubgraph } from './types.js';

export async function startInternal(options: { databaseUrl: string; seedDemoData: boolean; port: number; identitySecret: string; logger: Logger }): Promise<StartedSubgraph> {
  const server = await createInternalSubgraph({
    databaseUrl: options.databaseUrl,
    identitySecret: options.identitySecret,
    logger: options.logger,
    seedDemoData: options.seedDemoData,
  });
  const base = await server.listen(options.port);
  return { name: 'internal', url: `${base}/graphql`, server, upstream: 'PostgreSQL' };
}
