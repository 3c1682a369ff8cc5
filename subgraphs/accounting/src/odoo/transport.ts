import http from 'node:http';
import https from 'node:https';
import xmlrpc from 'xmlrpc';
import { toUpstreamError } from './errors.js';

export type OdooService = 'common' | 'object';

/** `@types/xmlrpc` lacks the options the library passes straight to `http.request` (stack.md §8). */
type ClientOptions = Exclude<Parameters<typeof xmlrpc.createClient>[0], string> & { agent?: http.Agent; signal?: AbortSignal };

export interface XmlRpcTransportOptions {
  /** Base URL of the Odoo server, e.g. `https://raffinerie.odoo.com`. */
  url: string;
  /** Sockets kept open to Odoo. @default 16 */
  maxSockets?: number;
}

/** Removes `undefined` (the library would send an untyped `<value/>`, read as `''` by Python) and refuses
 * values Odoo cannot read: dates must be sent as strings (`'2026-01-15'`, UTC `'2026-01-15 08:30:00'`). */
export function toWire(value: unknown): unknown {
  if (value instanceof Date) throw new TypeError('Envoyez les dates à Odoo sous forme de chaîne (YYYY-MM-DD), jamais en Date.');
  if (typeof value === 'bigint' || typeof value === 'function') throw new TypeError(`Valeur impossible à envoyer à Odoo : ${typeof value}`);
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out;
  }
  return value;
}

/** The only code speaking XML-RPC. One keep-alive agent; every call can be aborted (the library has no timeout,
 * so the caller's `AbortSignal` — fired by `ResilientSource` after its timeout — closes the socket). */
export class XmlRpcTransport {
  private readonly base: URL;
  private readonly secure: boolean;
  private readonly agent: http.Agent;

  constructor(options: XmlRpcTransportOptions) {
    this.base = new URL(options.url);
    this.secure = this.base.protocol === 'https:';
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 16 };
    this.agent = this.secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  }

  call<T>(service: OdooService, method: string, params: unknown[], signal?: AbortSignal): Promise<T> {
    const options: ClientOptions = {
      host: this.base.hostname,
      port: Number(this.base.port) || (this.secure ? 443 : 80),
      path: `${this.base.pathname.replace(/\/+$/, '')}/xmlrpc/2/${service}`,
      agent: this.agent,
      signal,
    };
    const client = this.secure ? xmlrpc.createSecureClient(options) : xmlrpc.createClient(options);
    const wire = toWire(params) as unknown[];
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      client.methodCall(method, wire, (error, value) => {
        // The library may report twice (request error after a parse error); the first answer wins.
        if (settled) return;
        settled = true;
        if (error) reject(toUpstreamError(error));
        else resolve(value as T);
      });
    });
  }

  /** Closes the kept-alive sockets. */
  close(): void {
    this.agent.destroy();
  }
}
