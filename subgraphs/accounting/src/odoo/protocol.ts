import { UpstreamError } from '@alambic/connector-kit';
import { ODOO, rejectedCredentials } from './errors.js';
import { Json2Transport } from './json2-transport.js';
import type { OdooSettings } from './settings.js';
import { XmlRpcTransport } from './transport.js';

/** One ORM call: named arguments only (`domain`, `fields`…), `ids` for record methods, and the call's context. */
export interface OdooCall {
  model: string;
  method: string;
  ids?: number[];
  args: Record<string, unknown>;
  context: Record<string, unknown>;
}

/** The wire protocol behind the client: XML-RPC (16+) or JSON-2 (19+). Credentials are added here and nowhere else. */
export interface OdooProtocol {
  readonly name: 'xmlrpc' | 'json2';
  /** Checks the credentials once; returns the hub user's uid. */
  authenticate(signal: AbortSignal): Promise<number>;
  call<T>(call: OdooCall, signal: AbortSignal): Promise<T>;
  close(): void;
}

/** `execute_kw(db, uid, key, model, method, [ids], {named…, context})`: every argument may be passed by name in kw. */
export class XmlRpcProtocol implements OdooProtocol {
  readonly name = 'xmlrpc' as const;
  private uid: number | undefined;

  constructor(
    private readonly settings: OdooSettings,
    private readonly transport: XmlRpcTransport,
  ) {}

  async authenticate(signal: AbortSignal): Promise<number> {
    if (this.uid !== undefined) return this.uid;
    const { database, login, apiKey } = this.settings;
    const uid = await this.transport.call<number | false>('common', 'authenticate', [database, login, apiKey, {}], signal);
    if (typeof uid !== 'number' || uid <= 0) throw rejectedCredentials(login, database);
    this.uid = uid;
    return uid;
  }

  async call<T>(call: OdooCall, signal: AbortSignal): Promise<T> {
    const uid = await this.authenticate(signal);
    const args = call.ids ? [call.ids] : [];
    const kw = { ...call.args, context: call.context };
    return this.transport.call<T>('object', 'execute_kw', [this.settings.database, uid, this.settings.apiKey, call.model, call.method, args, kw], signal);
  }

  close(): void {
    this.transport.close();
  }
}

/** `POST /json/2/<model>/<method>` with `{ids, context, …named}`; the key identifies the user (no uid, no password). */
export class Json2Protocol implements OdooProtocol {
  readonly name = 'json2' as const;
  private uid: number | undefined;

  constructor(private readonly transport: Json2Transport) {}

  async authenticate(signal: AbortSignal): Promise<number> {
    if (this.uid !== undefined) return this.uid;
    const context = await this.transport.call<{ uid?: unknown }>('res.users', 'context_get', {}, signal);
    if (typeof context?.uid !== 'number') throw new UpstreamError(ODOO, 'SERVER', { detail: 'res.users/context_get n’a pas donné d’utilisateur' });
    this.uid = context.uid;
    return context.uid;
  }

  call<T>(call: OdooCall, signal: AbortSignal): Promise<T> {
    return this.transport.call<T>(call.model, call.method, { ...(call.ids ? { ids: call.ids } : {}), ...call.args, context: call.context }, signal);
  }

  close(): void {}
}

export function createProtocol(name: 'xmlrpc' | 'json2', settings: OdooSettings, xmlrpc: XmlRpcTransport): OdooProtocol {
  if (name === 'json2') return new Json2Protocol(new Json2Transport({ url: settings.url, database: settings.database, apiKey: settings.apiKey }));
  return new XmlRpcProtocol(settings, xmlrpc);
}
