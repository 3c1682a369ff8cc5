import { backoffDelay, UpstreamError } from '@alambic/connector-kit';
import type { Logger } from '@alambic/subgraph-kit';
import { DdpRemoteError, ocecoError } from '../errors.js';
import { CollectionMirror } from './collections.js';
import { DdpConnection } from './connection.js';
import { ddpLogin, type DdpCredentials } from './login.js';

/** A DDP subscription: publication name and parameters. */
export interface DdpSubscription {
  name: string;
  params: unknown[];
}

export interface OrganisationMirrorOptions {
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
  /** Publications subscribed on every connection after `listMembers(orgId)`, e.g. the action catalogue. */
  subscriptions?: DdpSubscription[];
  /** A publication to follow for each mirrored citoyen (e.g. its profile, for the email). */
  perCitoyen?: (citoyenId: string) => DdpSubscription;
}

/** What a reader gets: the mirrored documents, when they were known current, and whether they are a stale copy. */
export interface MirrorSnapshot {
  documents: CollectionMirror;
  readAt: Date;
  stale: boolean;
}

const keyOf = (sub: DdpSubscription) => JSON.stringify([sub.name, sub.params]);

/** The organisation kept as a live local mirror over one logged-in DDP connection: `listMembers(orgId)`, the
 * configured publications, one per citoyen, and those followed on demand (ledgers), all re-established on
 * reconnection (backoff, resume token). While disconnected, the last good copy is served as stale. */
export class OrganisationMirror {
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
  /** Subscriptions asked for on demand, re-established on each new connection. */
  private readonly followed = new Map<string, DdpSubscription>();
  /** Those ready on the current connection (key → pending or done). */
  private ready = new Map<string, Promise<void>>();

  constructor(private readonly options: OrganisationMirrorOptions) {
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

  /** Subscribes to a publication on the live connection (once; kept across reconnections) and waits until it is
   * ready. Throws an error naming Oceco when the mirror is not live or the publication is refused. */
  async follow(subscription: DdpSubscription): Promise<void> {
    const key = keyOf(subscription);
    this.followed.set(key, subscription);
    const connection = this.connection;
    if (!this.live || !connection) throw this.lastError ?? ocecoError('UNREACHABLE');
    await this.subscribeOnce(connection, subscription);
  }

  /** Whether a followed subscription is ready on the current connection (its documents are in the mirror). */
  isFollowing(subscription: DdpSubscription): boolean {
    return this.followed.has(keyOf(subscription));
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
      this.ready = new Map();
      await connection.subscribe('listMembers', [organizationId], this.timeoutMs);
      const perCitoyen = this.options.perCitoyen;
      // The configured publications are part of the mirror; a refused profile or ledger is only logged.
      const optional = [...(perCitoyen ? [...fresh.documents('citoyens').keys()].map(perCitoyen) : []), ...this.followed.values()];
      const [, settled] = await Promise.all([
        Promise.all((this.options.subscriptions ?? []).map((subscription) => this.subscribeOnce(connection, subscription))),
        Promise.allSettled(optional.map((subscription) => this.subscribeOnce(connection, subscription))),
      ]);
      const refused = settled.filter((result) => result.status === 'rejected').length;
      if (refused > 0) this.options.logger?.warn({ source: 'Oceco', refused }, 'Oceco : des abonnements secondaires ont été refusés');
      if (this.closed) throw ocecoError('UNREACHABLE', 'connecteur arrêté');
      if (perCitoyen) {
        // A member who joins later gets their profile followed too.
        connection.onData((message) => {
          if (message.msg === 'added' && message.collection === 'citoyens' && this.connection === connection) {
            this.subscribeOnce(connection, perCitoyen(message.id)).catch(() => undefined);
          }
        });
      }
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

  /** One subscription per connection: concurrent askers share the same `sub`. */
  private subscribeOnce(connection: DdpConnection, subscription: DdpSubscription): Promise<void> {
    const key = keyOf(subscription);
    const known = this.ready.get(key);
    if (known) return known;
    const pending = connection.subscribe(subscription.name, subscription.params, this.timeoutMs).then(
      () => undefined,
      (error: unknown) => {
        if (this.ready.get(key) === pending) this.ready.delete(key);
        if (error instanceof DdpRemoteError) throw ocecoError('FORBIDDEN', `abonnement ${subscription.name} refusé`, error);
        throw error;
      },
    );
    this.ready.set(key, pending);
    return pending;
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
    this.retryTimer = setTimeout(() => this.connectNow(), backoffDelay(this.failures - 1, this.reconnectBaseMs, this.reconnectMaxMs));
    this.retryTimer.unref();
  }
}
