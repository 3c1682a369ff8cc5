import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GatewayOptions } from '@alambic/gateway';

/** What the gateway's thread needs: the gateway's options without the logger (it makes its own at this level). */
export interface GatewayThreadOptions extends Omit<GatewayOptions, 'logger'> {
  logLevel: string;
  port: number;
  host: string;
}

export type ThreadMessage = { ready: string } | { failed: string };

export interface GatewayThread {
  url: string;
  close(): Promise<void>;
}

/** The compiled worker, also under vitest (`npm test` builds first): a thread runs plain JavaScript. */
const workerFile = path.resolve(__dirname, '../../stack/dist/gateway-worker.js');

/** Runs the gateway on its own thread: the Node gateway uses one core (Apollo TN0009), and so do the subgraphs;
 * the hub's two halves then share the machine's cores instead of one event loop. */
export function startGatewayThread(options: GatewayThreadOptions, onCrash: (error: Error) => void, heapMiB = 128): Promise<GatewayThread> {
  const worker = new Worker(workerFile, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: heapMiB } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let ready = false;
  let closing = false;
  return new Promise<GatewayThread>((resolve, reject) => {
    worker.on('error', (error) => {
      if (ready) onCrash(error);
      else reject(error);
    });
    worker.once('exit', (code) => {
      const error = new Error(`la passerelle s’est arrêtée (code ${code})`);
      if (!ready) reject(error);
      else if (!closing) onCrash(error);
    });
    worker.once('message', (message: ThreadMessage) => {
      if ('failed' in message) {
        reject(new Error(message.failed));
        void worker.terminate();
        return;
      }
      ready = true;
      resolve({
        url: message.ready,
        async close() {
          closing = true;
          worker.postMessage('stop');
          await exited;
        },
      });
    });
  });
}
