import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { UpstreamControl } from '@alambic/connector-kit';
import { WebSocketServer } from 'ws';
import { DdpSession } from './ddp-session.js';
import type { OcecoStore } from './store.js';

export interface DdpServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Drops every live websocket, as a server restart or a network cut would. */
  dropAll(): void;
  pongs(): number;
  close(): void;
}

/** Meteor's DDP endpoint: one `DdpSession` per websocket, every session refreshed on each store change. */
export function createDdpServer(options: { store: OcecoStore; control: UpstreamControl; pingIntervalMs?: number }): DdpServer {
  const { store, control, pingIntervalMs = 0 } = options;
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const sessions = new Set<DdpSession>();
  const stats = { pongs: 0 };
  const stopListening = store.onChange(() => {
    for (const session of sessions) session.refresh();
  });
  return {
    handleUpgrade(request, socket, head) {
      wss.handleUpgrade(request, socket, head, (ws) => {
        const session = new DdpSession(ws, { store, control, pingIntervalMs, stats });
        sessions.add(session);
        ws.on('close', () => sessions.delete(session));
      });
    },
    dropAll() {
      for (const session of sessions) session.terminate();
      sessions.clear();
    },
    pongs: () => stats.pongs,
    close() {
      stopListening();
      this.dropAll();
      wss.close();
    },
  };
}
