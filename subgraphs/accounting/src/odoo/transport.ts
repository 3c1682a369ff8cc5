import http from 'node:http';
import https from 'node:https';
import { serializeMethodCall } from 'xmlrpc/lib/serializer.js';
import { toUpstreamError } from './errors.js';
import { parseMethodResponse, XmlRpcFault } from './xmlrpc-response.js';

export type OdooService = 'common' | 'object';

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

/** `read_group` repeats the whole query's domain in every group (`__domain`, for Odoo's own drill-down): more than half
 * of an aggregate's answer, never read here, so never decoded. */
const unread = new Set(['__domain']);

/** The only code speaking XML-RPC: requests encoded by the `xmlrpc` library's serializer, answers decoded by
 * `parseMethodResponse`. One keep-alive agent; every call can be aborted (the caller's `AbortSignal`, fired by
 * `ResilientSource` after its timeout, closes the socket). Failures keep the library's shapes: a fault carries
 * `faultCode`/`faultString`, any other failure the HTTP response (`res.statusCode`). */
export class XmlRpcTransport {
  private readonly base: URL;
  private readonly agent: http.Agent;

  constructor(options: XmlRpcTransportOptions) {
    this.base = new URL(options.url);
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 16 };
    this.agent = this.base.protocol === 'https:' ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  }

  call<T>(service: OdooService, method: string, params: unknown[], signal?: AbortSignal): Promise<T> {
    const body = Buffer.from(serializeMethodCall(method, toWire(params) as unknown[], 'utf8'), 'utf8');
    const request = this.base.protocol === 'https:' ? https.request : http.request;
    return new Promise<T>((resolve, reject) => {
      const req = request(
        {
          host: this.base.hostname,
          port: Number(this.base.port) || (this.base.protocol === 'https:' ? 443 : 80),
          path: `${this.base.pathname.replace(/\/+$/, '')}/xmlrpc/2/${service}`,
          method: 'POST',
          agent: this.agent,
          signal,
          headers: { 'content-type': 'text/xml', accept: 'text/xml', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => reject(toUpstreamError(error)));
          res.on('end', () => {
            try {
              if (res.statusCode === 404) throw new Error('Not Found');
              resolve(parseMethodResponse(Buffer.concat(chunks).toString('utf8'), unread) as T);
            } catch (error) {
              if (!(error instanceof XmlRpcFault)) Object.defineProperty(error, 'res', { value: res });
              reject(toUpstreamError(error));
            }
          });
        },
      );
      req.on('error', (error) => reject(toUpstreamError(error)));
      req.end(body);
    });
  }

  /** Closes the kept-alive sockets. */
  close(): void {
    this.agent.destroy();
  }
}
