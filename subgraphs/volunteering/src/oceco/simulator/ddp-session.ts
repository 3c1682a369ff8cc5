import type { UpstreamControl } from '@alambic/connector-kit';
import type { WebSocket } from 'ws';
import { MeteorError, publications, type PublishedDocument } from './publications.js';
import type { OcecoStore } from './store.js';

/** Meteor's `Accounts.LoginCancelledError.numericError`, thrown with Communecter's `msg` on a refused login. */
const LOGIN_CANCELLED = 145546287;

export interface DdpSessionContext {
  store: OcecoStore;
  control: UpstreamControl;
  /** Server-side `ping` interval (0: none). */
  pingIntervalMs: number;
  /** Counts the `pong`s clients send back. */
  stats: { pongs: number };
}

interface Subscription {
  name: string;
  params: unknown[];
  documents: Map<string, PublishedDocument>;
}

type ClientMessage = { msg?: unknown; id?: unknown; method?: unknown; name?: unknown; params?: unknown; version?: unknown; support?: unknown };

const keyOf = (doc: { collection: string; id: string }) => `${doc.collection}\u0000${doc.id}`;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One client's DDP session: handshake, heartbeats, login, methods, subscriptions and a merge box that
 * turns publication results into `added`/`changed`/`removed` (whole top-level fields, as Meteor does). */
export class DdpSession {
  private userId: string | null = null;
  private connected = false;
  private readonly subs = new Map<string, Subscription>();
  private readonly sent = new Map<string, PublishedDocument>();
  private queue: Promise<void> = Promise.resolve();
  private readonly pinger: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly context: DdpSessionContext,
  ) {
    this.socket.send(JSON.stringify({ server_id: '0' }));
    this.socket.on('message', (data) => this.enqueue(data.toString()));
    this.socket.on('error', () => undefined);
    if (context.pingIntervalMs > 0) {
      this.pinger = setInterval(() => this.send({ msg: 'ping', id: `srv${Date.now()}` }), context.pingIntervalMs);
    }
    this.socket.on('close', () => clearInterval(this.pinger));
  }

  terminate(): void {
    clearInterval(this.pinger);
    this.socket.terminate();
  }

  /** Reruns every subscription after a store change and sends the differences. */
  refresh(): void {
    for (const sub of this.subs.values()) {
      try {
        sub.documents = this.run(sub.name, sub.params);
      } catch {
        // A publication that now fails keeps its last documents, as Meteor keeps them until the sub stops.
      }
    }
    this.reconcile();
  }

  private enqueue(frame: string): void {
    const { control } = this.context;
    if (control.mode === 'hang') return;
    if (control.mode === 'down') return this.terminate();
    // Like Meteor, a subscription does not block the messages behind it: each `sub` waits its own latency.
    if (control.latencyMs > 0 && /"msg"\s*:\s*"sub"/.test(frame)) {
      void delay(control.latencyMs).then(() => this.handle(frame)).catch(() => undefined);
      return;
    }
    this.queue = this.queue
      .then(() => (control.latencyMs > 0 ? delay(control.latencyMs) : undefined))
      .then(() => this.handle(frame))
      .catch(() => undefined);
  }

  private handle(frame: string): void {
    let message: ClientMessage;
    try {
      message = JSON.parse(frame) as ClientMessage;
    } catch {
      return this.send({ msg: 'error', reason: 'Bad request' });
    }
    if (!this.connected) {
      if (message.msg !== 'connect') return this.send({ msg: 'error', reason: 'Must connect first', offendingMessage: message });
      this.context.control.count('ddp:connect');
      if (message.version !== '1') return this.send({ msg: 'failed', version: '1' });
      this.connected = true;
      return this.send({ msg: 'connected', session: `sim${Date.now().toString(36)}` });
    }
    switch (message.msg) {
      case 'ping':
        return this.send(message.id === undefined ? { msg: 'pong' } : { msg: 'pong', id: message.id });
      case 'pong':
        this.context.stats.pongs++;
        return;
      case 'method':
        return this.method(String(message.id), String(message.method), Array.isArray(message.params) ? message.params : []);
      case 'sub':
        return this.subscribe(String(message.id), String(message.name), Array.isArray(message.params) ? message.params : []);
      case 'unsub':
        return this.unsubscribe(String(message.id));
      default:
        return this.send({ msg: 'error', reason: 'Bad request', offendingMessage: message });
    }
  }

  private method(id: string, method: string, params: unknown[]): void {
    try {
      let result: unknown;
      if (method === 'login') result = this.login(params[0]);
      else if (method === 'logout') {
        this.context.control.count('ddp:method:logout');
        this.userId = null;
      } else {
        this.context.control.count(`ddp:method:${method}`);
        throw new MeteorError(404, `Method '${method}' not found`);
      }
      this.send(result === undefined ? { msg: 'result', id } : { msg: 'result', id, result });
    } catch (error) {
      this.send({ msg: 'result', id, error: (error instanceof MeteorError ? error : new MeteorError(500, 'Internal server error')).toJSON() });
    }
    this.send({ msg: 'updated', methods: [id] });
  }

  /** Oceco's Communecter login handler (`{email, pwd}`) and Meteor's resume login (`{resume}`). */
  private login(request: unknown): Record<string, unknown> {
    const { store, control } = this.context;
    const options = (request && typeof request === 'object' ? request : {}) as Record<string, unknown>;
    if (typeof options.resume === 'string') {
      control.count('ddp:login:resume');
      const session = store.resumeSession(options.resume);
      if (!session) throw new MeteorError(403, "You've been logged out by the server. Please log in again.");
      this.userId = session.userId;
      return { id: session.userId, token: options.resume, tokenExpires: { $date: session.expires } };
    }
    if (typeof options.email === 'string' && typeof options.pwd === 'string') {
      control.count('ddp:login:password');
      const citoyen = store.citoyenByEmail(options.email);
      if (!citoyen) throw new MeteorError(LOGIN_CANCELLED, 'emailNotFound');
      if (!store.passwordMatches(citoyen._id, options.pwd)) throw new MeteorError(LOGIN_CANCELLED, 'emailAndPassNotMatch');
      const { token, expires } = store.issueResumeToken(citoyen._id);
      this.userId = citoyen._id;
      return { id: citoyen._id, token, tokenExpires: { $date: expires } };
    }
    control.count('ddp:method:login');
    throw new MeteorError(400, 'Unrecognized options for login request');
  }

  private subscribe(id: string, name: string, params: unknown[]): void {
    this.context.control.count(`ddp:sub:${name}`);
    if (this.subs.has(id)) return;
    if (!publications[name]) return this.send({ msg: 'nosub', id, error: new MeteorError(404, `Subscription '${name}' not found`).toJSON() });
    try {
      if (!this.userId) throw new MeteorError('not-authorized', 'Connexion requise');
      this.subs.set(id, { name, params, documents: this.run(name, params) });
    } catch (error) {
      const meteorError = error instanceof MeteorError ? error : new MeteorError(500, 'Internal server error');
      return this.send({ msg: 'nosub', id, error: meteorError.toJSON() });
    }
    this.reconcile();
    this.send({ msg: 'ready', subs: [id] });
  }

  private unsubscribe(id: string): void {
    if (!this.subs.delete(id)) return;
    this.reconcile();
    this.send({ msg: 'nosub', id });
  }

  private run(name: string, params: unknown[]): Map<string, PublishedDocument> {
    const documents = publications[name](this.context.store, params, this.userId ?? '');
    return new Map(documents.map((doc) => [keyOf(doc), doc]));
  }

  /** The merge box: what all subscriptions publish now, compared with what the client already has. */
  private reconcile(): void {
    const combined = new Map<string, PublishedDocument>();
    for (const sub of this.subs.values()) {
      for (const [key, doc] of sub.documents) {
        const previous = combined.get(key);
        combined.set(key, previous ? { ...doc, fields: { ...previous.fields, ...doc.fields } } : doc);
      }
    }
    for (const [key, doc] of this.sent) {
      if (combined.has(key)) continue;
      this.sent.delete(key);
      this.send({ msg: 'removed', collection: doc.collection, id: doc.id });
    }
    for (const [key, doc] of combined) {
      const before = this.sent.get(key);
      this.sent.set(key, structuredClone(doc));
      if (!before) {
        this.send({ msg: 'added', collection: doc.collection, id: doc.id, fields: doc.fields });
        continue;
      }
      const fields: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(doc.fields)) {
        if (JSON.stringify(before.fields[field]) !== JSON.stringify(value)) fields[field] = value;
      }
      const cleared = Object.keys(before.fields).filter((field) => !(field in doc.fields));
      if (Object.keys(fields).length > 0 || cleared.length > 0) {
        this.send({ msg: 'changed', collection: doc.collection, id: doc.id, fields, ...(cleared.length ? { cleared } : {}) });
      }
    }
  }

  private send(message: Record<string, unknown>): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message));
  }
}
