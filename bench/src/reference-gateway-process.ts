import { setMaxListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@alambic/subgraph-kit';

/** The reference gateway of DESIGN §7: Hive Gateway with its Rust query planner, serving the same supergraph to the
 * same subgraphs, in a process of its own (as Alambic's gateway has a thread of its own). It signs the identity
 * header as Alambic's gateway does, for one member given at start. Driven over IPC by `reference-gateway.ts`. */
export interface ReferenceStart {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  identitySecret: string;
  identity: Identity;
}
export type ReferenceRequest = { start: ReferenceStart } | 'stop';
export type ReferenceReply = { url: string } | { done: true } | { error: string };

let server: Server | undefined;
// Without in-flight sharing, each of the bench's concurrent subgraph calls listens on the runtime's shared abort signal.
setMaxListeners(256);
const reply = (message: ReferenceReply) => process.send!(message);

async function start({ supergraphSdl, subgraphUrls, identitySecret, identity }: ReferenceStart): Promise<string> {
  const runtime = createGatewayRuntime({
    supergraph: supergraphSdl,
    unifiedGraphHandler,
    // Identical in-flight subgraph calls are shared by default, before `onFetch` signs them: with every bench client
    // the same member that would measure sharing, not planning, and in the hub it would mix members' answers.
    transportEntries: Object.fromEntries(
      Object.entries(subgraphUrls).map(([name, location]) => [name, { location, options: { deduplicateInflightRequests: false } }]),
    ),
    logging: false,
    plugins: () => [
      {
        onFetch({ options, setOptions }) {
          const headers = { ...(options.headers as Record<string, string>), [IDENTITY_HEADER]: signIdentity({ ...identity, startedAt: Date.now() }, identitySecret, 60) };
          setOptions({ ...options, headers });
        },
      },
    ],
  });
  server = createServer(runtime);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

process.on('message', (request: ReferenceRequest) => {
  void (async () => {
    try {
      if (request === 'stop') {
        server?.closeAllConnections();
        await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
        reply({ done: true });
        process.disconnect();
      } else {
        reply({ url: await start(request.start) });
      }
    } catch (error) {
      reply({ error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
