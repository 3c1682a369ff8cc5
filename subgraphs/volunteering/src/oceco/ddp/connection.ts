import WebSocket from 'ws';
import type { UpstreamError } from '@alambic/connector-kit';
import { DdpRemoteError, ocecoError } from '../errors.js';
import { parseDdpFrame, type DdpClientMessage, type DdpDataMessage, type DdpServerMessage } from './protocol.js';

export interface DdpConnectionOptions {
  /** `ws(s)://…/websocket`. Never appears in an error message. */
  url: string;
  /** Time allowed for the websocket handshake and the DDP `connected` answer. @default 5000 */
  connectTimeoutMs?: number;
  /** Idle time after which the client sends a `ping`. @default 15000 */
  heartbeatIntervalMs?: number;
  /** Time allowed for any answer after that `ping` before the connection is declared dead. @default 10000 */
  heartbeatTimeoutMs?: number;
}

interface Pending<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** One DDP session over a websocket: connect handshake, heartbeats, methods, subscriptions and data messages. */
export class DdpConnection {
  private readonly methods = new Map<string, Pending<unknown>>();
  private readonly subs = new Map<string, Pending<void>>();
  private readonly dataListeners = new Set<(message: DdpDataMessage) => void>();
  private readonly closeListeners = new Set<(reason: UpstreamError) => void>();
  private readonly stopListeners = new Set<(subId: string, error: DdpRemoteError | null) => void>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private deadTimer: NodeJS.Timeout | undefined;
  private closedReason: UpstreamError | null = null;

  private constructor(
    private readonly socket: WebSocket,
    private readonly heartbeatIntervalMs: number,
    private readonly heartbeatTimeoutMs: number,
  ) {}

  /** Opens the websocket and completes the DDP handshake. */
  static open(options: DdpConnectionOptions): Promise<DdpConnection> {
    const { url, connectTimeoutMs = 5000, heartbeatIntervalMs = 15_000, heartbeatTimeoutMs = 10_000 } = options;
    return new Promise<DdpConnection>((resolve, reject) => {
      const socket = new WebSocket(url, { handshakeTimeout: connectTimeoutMs, perMessageDeflate: false });
      let settled = false;
      const fail = (error: UpstreamError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.removeAllListeners();
        socket.on('error', () => undefined);
        socket.terminate();
        reject(error);
      };
      const timer = setTimeout(() => fail(ocecoError('TIMEOUT', `pas de session DDP après ${connectTimeoutMs} ms`)), connectTimeoutMs);
      socket.on('unexpected-response', (_req, res) => {
        const status = res.statusCode ?? 0;
        res.resume();
        fail(ocecoError(status >= 500 ? 'SERVER' : 'UNREACHABLE', `connexion temps réel refusée (HTTP ${status})`));
      });
      socket.on('error', (error) => fail(ocecoError('UNREACHABLE', undefined, error)));
      socket.on('close', () => fail(ocecoError('UNREACHABLE', 'connexion temps réel fermée avant la session')));
      socket.on('open', () => socket.send(JSON.stringify({ msg: 'connect', version: '1', support: ['1'] } satisfies DdpClientMessage)));
      socket.on('message', (data) => {
        const message = parseDdpFrame(data.toString());
        if (!message || settled) return;
        if (message.msg === 'failed') fail(ocecoError('SERVER', `version DDP refusée (le serveur propose ${message.version})`));
        if (message.msg === 'connected') {
          settled = true;
          clearTimeout(timer);
          socket.removeAllListeners();
          const connection = new DdpConnection(socket, heartbeatIntervalMs, heartbeatTimeoutMs);
          connection.attach();
          resolve(connection);
        }
      });
    });
  }

  get closed(): boolean {
    return this.closedReason !== null;
  }

  /** Calls a Meteor method; rejects with `DdpRemoteError` for a Meteor error, `UpstreamError` otherwise. */
  call<T>(method: string, params: unknown[], timeoutMs: number): Promise<T> {
    const id = String(this.nextId++);
    return this.track(this.methods as Map<string, Pending<T>>, id, timeoutMs, `la méthode ${method} n’a pas répondu`, () =>
      this.send({ msg: 'method', id, method, params }),
    );
  }

  /** Subscribes to a publication; resolves on `ready`, rejects on `nosub` (`DdpRemoteError`) or timeout. */
  subscribe(name: string, params: unknown[], timeoutMs: number): Promise<string> {
    const id = `s${this.nextId++}`;
    return this.track(this.subs, id, timeoutMs, `la publication ${name} n’est pas prête`, () => this.send({ msg: 'sub', id, name, params })).then(
      () => id,
    );
  }

  unsubscribe(subId: string): void {
    this.send({ msg: 'unsub', id: subId });
  }

  onData(listener: (message: DdpDataMessage) => void): void {
    this.dataListeners.add(listener);
  }

  /** Called once when the connection ends for any reason other than `close()`. */
  onClose(listener: (reason: UpstreamError) => void): void {
    this.closeListeners.add(listener);
  }

  /** Called when the server stops a subscription after it was ready. */
  onSubscriptionStopped(listener: (subId: string, error: DdpRemoteError | null) => void): void {
    this.stopListeners.add(listener);
  }

  /** Closes politely, and cuts the socket if the server does not acknowledge within a second. */
  close(): void {
    this.shutdown(ocecoError('UNREACHABLE', 'connexion fermée par le hub'), false);
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.socket.close();
    setTimeout(() => this.socket.terminate(), 1000).unref();
  }

  private track<T>(map: Map<string, Pending<T>>, id: string, timeoutMs: number, timeoutDetail: string, send: () => void): Promise<T> {
    if (this.closedReason) return Promise.reject(this.closedReason);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        map.delete(id);
        reject(ocecoError('TIMEOUT', `${timeoutDetail} après ${timeoutMs} ms`));
      }, timeoutMs);
      map.set(id, { resolve, reject, timer });
      send();
    });
  }

  private attach(): void {
    this.socket.on('message', (data) => this.receive(data.toString()));
    this.socket.on('error', () => undefined);
    this.socket.on('close', () => this.shutdown(ocecoError('UNREACHABLE', 'connexion temps réel perdue'), true));
    this.armHeartbeat();
  }

  private send(message: DdpClientMessage): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private receive(frame: string): void {
    this.armHeartbeat();
    const message = parseDdpFrame(frame);
    if (!message) return;
    this.dispatch(message);
  }

  private dispatch(message: DdpServerMessage): void {
    switch (message.msg) {
      case 'ping':
        this.send(message.id === undefined ? { msg: 'pong' } : { msg: 'pong', id: message.id });
        return;
      case 'result': {
        const pending = this.methods.get(message.id);
        if (!pending) return;
        this.methods.delete(message.id);
        clearTimeout(pending.timer);
        if (message.error) pending.reject(new DdpRemoteError(message.error));
        else pending.resolve(message.result);
        return;
      }
      case 'ready':
        for (const id of message.subs) {
          const pending = this.subs.get(id);
          if (!pending) continue;
          this.subs.delete(id);
          clearTimeout(pending.timer);
          pending.resolve();
        }
        return;
      case 'nosub': {
        const pending = this.subs.get(message.id);
        const error = message.error ? new DdpRemoteError(message.error) : null;
        if (pending) {
          this.subs.delete(message.id);
          clearTimeout(pending.timer);
          pending.reject(error ?? new DdpRemoteError({ error: 'nosub', reason: 'publication arrêtée' }));
        } else {
          for (const listener of this.stopListeners) listener(message.id, error);
        }
        return;
      }
      case 'added':
      case 'changed':
      case 'removed':
        for (const listener of this.dataListeners) listener(message);
        return;
      default:
        return;
    }
  }

  /** Sends a ping after a quiet period; declares the connection dead if nothing answers in time. */
  private armHeartbeat(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.deadTimer);
    this.deadTimer = undefined;
    if (this.closedReason) return;
    this.idleTimer = setTimeout(() => {
      this.send({ msg: 'ping', id: `h${this.nextId++}` });
      this.deadTimer = setTimeout(() => {
        this.shutdown(ocecoError('TIMEOUT', 'le serveur ne répond plus aux battements de cœur'), true);
        this.socket.terminate();
      }, this.heartbeatTimeoutMs);
    }, this.heartbeatIntervalMs);
  }

  private shutdown(reason: UpstreamError, notify: boolean): void {
    if (this.closedReason) return;
    this.closedReason = reason;
    clearTimeout(this.idleTimer);
    clearTimeout(this.deadTimer);
    for (const pending of [...this.methods.values(), ...this.subs.values()]) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    this.methods.clear();
    this.subs.clear();
    if (notify) for (const listener of this.closeListeners) listener(reason);
  }
}
