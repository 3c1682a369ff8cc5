import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { UpstreamControl, listenHttp } from '@alambic/connector-kit';
import { ocecoDemo } from '@alambic/demo-data';
import { createDdpServer } from './ddp-server.js';
import { sendJson } from './http-body.js';
import { icalFeed } from './ical.js';
import type { IdFormat } from './ids.js';
import { handleRest } from './rest-routes.js';
import { OcecoStore } from './store.js';

export { OcecoStore } from './store.js';
export { buildDataset, ocecoProjectIdOf } from './dataset.js';

export interface OcecoSimulatorOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The simulator's clock (open actions, agenda window, ledger dates). @default () => new Date() */
  now?: () => Date;
  /** How `_id` serialises in REST answers. @default 'object' (`{"_str": …}`) */
  idFormat?: IdFormat;
  /** Server-side DDP `ping` interval; 0 sends none. @default 0 */
  pingIntervalMs?: number;
}

export interface OcecoSimulator {
  /** http base URL; the DDP websocket is `<url>/websocket`. */
  url: string;
  /** Latency, outage mode and call counts. Kinds: `ddp:connect`, `ddp:login:password`, `ddp:login:resume`,
   * `ddp:sub:<publication>`, `ddp:method:<name>`, `rest:<route>`, `ical`. */
  control: UpstreamControl;
  store: OcecoStore;
  /** A manual credit: a ledger row and a balance change pushed to live subscribers. */
  adjustCredits(citoyenId: string, delta: number, commentaire?: string): void;
  /** An admin validates a participant's action: credits, ledger row, `changed` pushed to live subscribers. */
  validateAction(actionId: string, citoyenId: string, credits?: number): void;
  /** Drops every DDP websocket (the server keeps running). */
  dropConnections(): void;
  /** `pong`s received in answer to server pings. */
  pongs(): number;
  close(): Promise<void>;
}

/** Calls `onChange` when `control.mode` is set (the control class exposes a plain field). */
function watchMode(control: UpstreamControl, onChange: (mode: UpstreamControl['mode']) => void): void {
  let mode = control.mode;
  Object.defineProperty(control, 'mode', {
    configurable: true,
    enumerable: true,
    get: () => mode,
    set: (next: UpstreamControl['mode']) => {
      const changed = next !== mode;
      mode = next;
      if (changed) onChange(next);
    },
  });
}

/** Oceco as of 2020 on one HTTP port: DDP websocket at `/websocket`, REST under `/api/action/…`, public iCal feed.
 * Seeded with the demo organisation of `@alambic/demo-data`. */
export async function startOcecoSimulator(options: OcecoSimulatorOptions = {}): Promise<OcecoSimulator> {
  const { port = 0, host = '127.0.0.1', now = () => new Date(), idFormat = 'object', pingIntervalMs = 0 } = options;
  const control = new UpstreamControl();
  const store = new OcecoStore(now);
  const ddp = createDdpServer({ store, control, pingIntervalMs });
  const hanging = new Set<Duplex>();
  watchMode(control, (mode) => {
    if (mode === 'down') ddp.dropAll();
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!(await control.gate(request, response))) return;
    const { pathname } = new URL(request.url ?? '/', 'http://simulator');
    if (pathname.startsWith('/api/action/')) {
      return handleRest(request, response, pathname, { store, control, now, idFormat, accessToken: ocecoDemo.accessToken });
    }
    const ical = /^\/ical\/organizations\/([0-9a-fA-F]{24})\/events$/.exec(pathname);
    if (ical && request.method === 'GET') {
      control.count('ical');
      const feed = icalFeed(store, ical[1], now());
      response.statusCode = feed.status;
      response.setHeader('content-type', feed.contentType);
      return void response.end(feed.body);
    }
    sendJson(response, 404, { error: 'not-found' });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'internal-server-error', reason: 'Internal server error' });
    });
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    const { pathname } = new URL(request.url ?? '/', 'http://simulator');
    if (pathname !== '/websocket' || control.mode === 'down') {
      socket.end(pathname !== '/websocket' ? 'HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n' : 'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    if (control.mode === 'hang') {
      hanging.add(socket);
      socket.on('close', () => hanging.delete(socket));
      return;
    }
    ddp.handleUpgrade(request, socket, head);
  });

  const url = await listenHttp(server, port, host);

  return {
    url,
    control,
    store,
    adjustCredits: (citoyenId, delta, commentaire) => store.adjustCredits(citoyenId, delta, commentaire),
    validateAction: (actionId, citoyenId, credits) => store.validateAction(actionId, citoyenId, credits),
    dropConnections: () => ddp.dropAll(),
    pongs: () => ddp.pongs(),
    async close() {
      ddp.close();
      for (const socket of hanging) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
