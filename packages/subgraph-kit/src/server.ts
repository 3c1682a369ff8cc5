import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { currentFreshness, Freshness, withFreshness } from '@alambic/connector-kit';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphContext } from './context.js';
import { IDENTITY_HEADER, verifyIdentity } from './identity.js';
import type { Logger } from './logger.js';
import { freshnessHeader } from './freshness-header.js';
import { maskError } from './mask-error.js';

/** The state of one dependency of a subgraph (an upstream tool or the database). */
export interface DependencyStatus {
  up: boolean;
  detail?: string;
}

export interface SubgraphServerOptions<C extends SubgraphContext> {
  /** Subgraph name, as in the supergraph (`internal`, `accounting`…). */
  name: string;
  schema: GraphQLSchema;
  /** Secret shared with the gateway to verify the identity header. */
  identitySecret: string;
  logger: Logger;
  /** Builds the per-request context (loaders, services) from the verified identity. */
  context: (base: SubgraphContext) => C | Promise<C>;
  /** Readiness of the subgraph's dependencies, reported at `/ready`. */
  checkDependencies?: () => Promise<Record<string, DependencyStatus>>;
  /** How long the gateway may reuse an answer of this subgraph (`Cache-Control: max-age`), at most; upstream reads
   * lower it to what stays fresh. 0: never reused (live data). Writes always go through the gateway, which forgets
   * every kept answer after a mutation. @default 0 */
  maxAgeSeconds?: number;
}

export interface SubgraphServer {
  app: FastifyInstance;
  /** Listens and returns the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** A subgraph behind HTTP: `/graphql` (identity header required), `/health`, `/ready`. */
export async function createSubgraphServer<C extends SubgraphContext>(options: SubgraphServerOptions<C>): Promise<SubgraphServer> {
  const { name, schema, identitySecret, logger, context, checkDependencies, maxAgeSeconds = 0 } = options;
  const app: FastifyInstance = Fastify({ loggerInstance: logger.child({ subgraph: name }) as FastifyBaseLogger, logController: new LogController({ disableRequestLogging: true }) });
  const apollo = new ApolloServer<C>({
    schema,
    includeStacktraceInErrorResponses: false,
    // The process owner (main.ts, the all-in-one starter) decides how to stop, PostgreSQL included.
    stopOnTerminationSignals: false,
    formatError: (formatted) => maskError(formatted, (error) => logger.error({ subgraph: name, error }, 'unexpected error')),
    // Per-field cache hints are not used: one header per answer (freshnessHeader), without wrapping every resolver.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), freshnessHeader(), fastifyApolloDrainPlugin(app)],
  });
  await apollo.start();

  const graphql = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const identity = verifyIdentity(request.headers[IDENTITY_HEADER], identitySecret);
      currentFreshness()?.requestStartedAt(identity.startedAt);
      return context({ identity, logger: logger.child({ subgraph: name, requestId: identity.requestId }) });
    },
  });
  app.route({
    method: ['POST', 'GET'],
    url: '/graphql',
    handler(request, reply) {
      const freshness = new Freshness(maxAgeSeconds);
      type Route = Parameters<typeof graphql>;
      return withFreshness(freshness, () => graphql.call(this, request as Route[0], reply as Route[1]));
    },
  });

  app.get('/health', async () => ({ status: 'ok', subgraph: name }));
  app.get('/ready', async (_request, reply) => {
    const dependencies = checkDependencies ? await checkDependencies() : {};
    const up = Object.values(dependencies).every((d) => d.up);
    reply.code(up ? 200 : 503);
    return { status: up ? 'ready' : 'degraded', subgraph: name, dependencies };
  });

  return {
    app,
    async listen(port, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host}:${actualPort}`;
    },
    async close() {
      await app.close();
      await apollo.stop();
    },
  };
}
