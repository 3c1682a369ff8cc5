import { UpstreamError } from '@alambic/connector-kit';
import type { Logger } from '@alambic/subgraph-kit';
import { DdpRemoteError, ocecoError } from '../errors.js';
import { CollectionMirror } from './collections.js';
import { DdpConnection } from './connection.js';
import { ddpLogin, type DdpCredentials } from './login.js';

export interface MembersMirrorOptions {
  /** `ws(s)://…/websocket`. */
  websocketUrl: string;
  organizationId: string;
  credentials: DdpCredentials;
  /** Time allowed for each step: connect, login, subscription ready. @default 5000 */
  timeoutMs?: number;
  /** @default 15000 */
  heartbeatIntervalMs?: number;
  /** @default 10000 */
  heartbeatTimeoutMs?: number;
  /** First reconnection delay; doubles after each failure, with jitter. @default 500 */
  reconnectBaseMs?: number;
  /** @default 30000 */
  reconnectMaxMs?: number;
  logger?: Logger;
}

/** What a reader gets: the mirrored documents, when they were known current, and whether they are a stale copy. */
export interface MirrorSnapshot {
  documents: CollectionMirror;
  readAt: Date;
  stale: boolean;
}

/** The `listMembers(orgId)` publication kept as a live local mirror: one logged-in DDP connection,
 * reconnection with backoff and the resume token, and the last good copy served as stale while disconnected. */
export class MembersMirror {
  private readonly timeoutMs: number;
  private readonly reconnectBaseMs: number;
  private readonly reconnectMaxMs: number;
  private mirror: CollectionMirror | null = null;
  private connection: DdpConnection | null = null;
  private live = false;
  /** The last instant the mirror was known to be in sync (the moment the connection was lost). */
  private lastGoodAt = 0;
  private resumeToken: string | undefined;
  private attempt: Promise<void> | null = null;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private lastError: UpstreamError | null = null;
  private started = false;
  private closed = false;

  constructor(private readonly options: MembersMirrorOptions) {
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.reconnectBaseMs = options.reconnectBaseMs ?? 500;
    this.reconnectMaxMs = options.reconnectMaxMs ?? 30_000;
  }

  /** Starts connecting in the background (idempotent). */
  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.connectNow();
  }

  /** Starts if needed and waits for the attempt in progress; never throws. */
  async warmUp(): Promise<void> {
    this.start();
    if (this.attempt) await this.attempt;
  }

  /** The mirror, live or stale. A first read with nothing mirrored waits for the attempt in progress,
   * then fails with an error naming Oceco if there is still nothing to serve. */
  async snapshot(): Promise<MirrorSnapshot> {
    if (this.closed) throw ocecoError('UNREACHABLE', 'connecteur arrêté');
    if (!this.mirror) {
      this.start();
      if (this.attempt) await this.attempt;
      if (!this.mirror) throw this.lastError ?? ocecoError('UNREACHABLE');
    }
    return { documents: this.mirror, readAt: this.live ? new Date() : new Date(this.lastGoodAt), stale: !this.live };
  }

  get isLive(): boolean {
    return this.live;
  }

  /** The most recent failure, null once connected again. */
  get error(): UpstreamError | null {
    return this.lastError;
  }

  close(): void {
    this.closed = true;
    this.live = false;
    clearTimeout(this.retryTimer);
    this.connection?.close();
    this.connection = null;
  }

  private connectNow(): void {
    if (this.closed || this.attempt) return;
    clearTimeout(this.retryTimer);
    this.attempt = this.connectOnce()
      .then(
        () => {
          this.failures = 0;
          this.lastError = null;
        },
        (error: unknown) => {
          this.lastError = error instanceof UpstreamError ? error : ocecoError('UNREACHABLE', undefined, error);
          this.failures++;
          this.options.logger?.warn({ source: 'Oceco', kind: this.lastError.kind, failures: this.failures }, this.lastError.message);
          this.scheduleReconnect();
        },
      )
      .finally(() => {
        this.attempt = null;
      });
  }

  private async connectOnce(): Promise<void> {
    const { websocketUrl, organizationId, credentials, heartbeatIntervalMs, heartbeatTimeoutMs } = this.options;
    const connection = await DdpConnection.open({ url: websocketUrl, connectTimeoutMs: this.timeoutMs, heartbeatIntervalMs, heartbeatTimeoutMs });
    try {
      const session = await ddpLogin(connection, credentials, this.resumeToken, this.timeoutMs);
      this.resumeToken = session.token;
      const fresh = new CollectionMirror();
      connection.onData((message) => fresh.apply(message));
      await connection.subscribe('listMembers', [organizationId], this.timeoutMs);
      if (this.closed) throw ocecoError('UNREACHABLE', 'connecteur arrêté');
      this.mirror = fresh;
      this.connection = connection;
      this.live = true;
      connection.onClose((reason) => this.handleDrop(connection, reason));
      connection.onSubscriptionStopped(() => {
        this.handleDrop(connection, ocecoError('SERVER', 'la publication des membres a été arrêtée'));
        connection.close();
      });
      this.options.logger?.info({ source: 'Oceco', resumed: session.resumed, members: fresh.documents('citoyens').size }, 'miroir Oceco synchronisé');
    } catch (error) {
      connection.close();
      if (error instanceof UpstreamError && error.kind === 'CREDENTIALS') this.resumeToken = undefined;
      if (error instanceof DdpRemoteError) throw ocecoError('FORBIDDEN', 'abonnement à la liste des membres refusé', error);
      throw error;
    }
  }

  private handleDrop(connection: DdpConnection, reason: UpstreamError): void {
    if (connection !== this.connection) return;
    this.connection = null;
    if (this.live) {
      this.live = false;
      this.lastGoodAt = Date.now();
    }
    this.lastError = reason;
    this.options.logger?.warn({ source: 'Oceco', kind: reason.kind }, 'miroir Oceco déconnecté, reconnexion');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    clearTimeout(this.retryTimer);
    const ceiling = Math.min(this.reconnectMaxMs, this.reconnectBaseMs * 2 ** Math.max(0, this.failures - 1));
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.retryTimer = setTimeout(() => this.connectNow(), delay);
    this.retryTimer.unref();
  }
}
