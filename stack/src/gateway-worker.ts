import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { createGateway } from '@alambic/gateway';
import { createLogger } from '@alambic/subgraph-kit';
import type { GatewayThreadOptions, ThreadMessage } from './gateway-thread.js';

/** The gateway's thread: starts it, says where it listens, closes it when told to. */
async function main() {
  const { logLevel, port, host, ...options } = workerData as GatewayThreadOptions;
  const gateway = await createGateway({ ...options, logger: createLogger('alambic', logLevel) });
  const url = await gateway.listen(port, host);
  parentPort!.on('message', (message) => {
    if (message === 'stop') void gateway.close().finally(() => parentPort!.close());
  });
  parentPort!.postMessage({ ready: url } satisfies ThreadMessage);
}

main().catch((error: unknown) => {
  parentPort!.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies ThreadMessage);
});
