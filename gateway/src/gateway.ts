import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@alambic/subgraph-kit';
import { useOfflineExplorer } from './plugins/explorer.js';
import { useIntrospectionForMembers } from './plugins/introspection-for-members.js';
import { maskGatewayError } from './plugins/mask-gateway-errors.js';
import { useResponseCache } from './plugins/response-cache.js';
import { SignedDataSource, type GatewayContext } from './data-sources/signed-data-source.js';
import { registerDemoLogin } from './routes/demo-login.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerWeb } from './routes/web.js';
import { SESSION_COOKIE, identityFromCookie } from './session.js';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL. */
  subgraphUrls: Record<string, string>;
  identitySecret: string;
  sessionSecret: string;
  logger: Logger;
  /** Folder of the built web UI. */
  webDir: string;
  /** @default 10000 */
  subgraphTimeoutMs?: number;
  /** @default false */
  demoLogin?: boolean;
  /** Longest reuse of a query's answer, see `useResponseCache`; 0 turns it off. @default 30 */
  responseCacheSeconds?: number;
}

export interface Gateway {
  app: FastifyInstance;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** The one public door: GraphQL over the federated graph, sign-in, health, the web UI. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { supergraphSdl, subgraphUrls, identitySecret, sessionSecret, logger, webDir, subgraphTimeoutMs = 10_000, demoLogin = false, responseCacheSeconds = 30 } = options;
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

  const app: FastifyInstance = Fastify({
    loggerInstance: logger.child({ component: 'gateway' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 512 * 1024,
    genReqId: () => randomUUID(),
  });
  await app.register(fastifyCookie);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      return new SignedDataSource({ url: target, identitySecret, timeoutMs: subgraphTimeoutMs });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The process owner (main.ts, the all-in-one starter) decides how to stop, PostgreSQL included.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: true,
    formatError: (formatted) => maskGatewayError(formatted, (error) => logger.warn({ error }, 'error masked for the client')),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      fastifyApolloDrainPlugin(app),
      useOfflineExplorer(),
      useIntrospectionForMembers(),
      ...useResponseCache({ maxAgeSeconds: responseCacheSeconds }),
    ],
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST'],
    context: async (request) => ({ identity: identityFromCookie(request.cookies[SESSION_COOKIE], sessionSecret, request.id) }),
  });
  registerHealthRoutes(app, { subgraphs: subgraphUrls });
  if (demoLogin) registerDemoLogin(app, { apollo, sessionSecret });
  await registerWeb(app, webDir);

  return {
    app,
    async listen(port, host = '0.0.0.0') {
      await app.listen({ port, host });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return `http://localhost:${actual}`;
    },
    async close() {
      await app.close();
      await apollo.stop();
    },
  };
}
