import type { FastifyInstance } from 'fastify';

interface ReadyOptions {
  /** Subgraph name → GraphQL URL. */
  subgraphs: Record<string, string>;
  /** @default 2000 */
  timeoutMs?: number;
}

/** `/health`: the gateway process is alive. `/ready`: each subgraph and the tools behind it answer. */
export function registerHealthRoutes(app: FastifyInstance, { subgraphs, timeoutMs = 2000 }: ReadyOptions): void {
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    const entries = await Promise.all(
      Object.entries(subgraphs).map(async ([name, graphqlUrl]) => {
        try {
          const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(timeoutMs) });
          const body = (await response.json()) as { dependencies?: Record<string, { up: boolean; detail?: string }> };
          return [name, { up: response.ok, dependencies: body.dependencies ?? {} }] as const;
        } catch {
          return [name, { up: false, dependencies: {}, detail: 'ne répond pas' }] as const;
        }
      }),
    );
    const subgraphStatus = Object.fromEntries(entries);
    const ready = entries.every(([, s]) => s.up);
    reply.code(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'degraded', subgraphs: subgraphStatus };
  });
}
