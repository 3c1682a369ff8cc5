import http from 'node:http';
import https from 'node:https';
import { UpstreamError } from '@alambic/connector-kit';
import { errorFromStatus, TIBILLET } from './errors.js';

export interface TibilletTransportOptions {
  /** Base URL of the venue's Lespass; its host selects the tenant (e.g. https://raffinerie.tibillet.coop). */
  url: string;
  /** `<prefix8>.<secret32>`, sent as `Authorization: Api-Key <key>`. */
  apiKey: string;
  /** Sockets kept open to TiBillet. @default 16 */
  maxSockets?: number;
}

export type Query = Record<string, string | number | boolean | undefined>;

/**
 * The only file that speaks HTTP to TiBillet: GET with the API key, JSON answers, statuses mapped to `UpstreamError`.
 * Paths keep their trailing slash (DRF routes require it). Timeouts come from the caller's abort signal
 * (ResilientSource); the keep-alive agent is closed by `close()`.
 */
export class TibilletTransport {
  private readonly base: URL;
  private readonly authorization: string;
  private readonly agent: http.Agent;

  constructor(options: TibilletTransportOptions) {
    const { url, apiKey, maxSockets = 16 } = options;
    this.base = new URL(url);
    this.authorization = `Api-Key ${apiKey}`;
    const Agent = this.base.protocol === 'https:' ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** GET `path` (e.g. `/api/v2/events/`) with `query`; resolves with the parsed JSON body. */
  get<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
    const target = this.urlFor(path, query);
    const client = target.protocol === 'https:' ? https : http;
    return new Promise<T>((resolve, reject) => {
      const request = client.request(
        target,
        { method: 'GET', agent: this.agent, signal, headers: { authorization: this.authorization, accept: 'application/json' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => reject(new UpstreamError(TIBILLET, 'UNREACHABLE', { cause: error })));
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            const body = parseJson(Buffer.concat(chunks).toString('utf8'));
            if (status >= 200 && status < 300) {
              if (body === undefined) reject(new UpstreamError(TIBILLET, 'SERVER', { status, detail: 'réponse illisible (JSON attendu)' }));
              else resolve(body as T);
            } else {
              reject(errorFromStatus(status, path, body));
            }
          });
        },
      );
      request.on('error', (error) => reject(new UpstreamError(TIBILLET, 'UNREACHABLE', { cause: error })));
      request.end();
    });
  }

  /** Closes the kept-alive sockets. */
  close(): void {
    this.agent.destroy();
  }

  private urlFor(path: string, query: Query): URL {
    const target = new URL(this.base.href);
    target.pathname = `${this.base.pathname.replace(/\/+$/, '')}${path.endsWith('/') ? path : `${path}/`}`;
    for (const [name, value] of Object.entries(query)) {
      // URLSearchParams encodes `+` of a time offset as %2B, as TiBillet requires.
      if (value !== undefined) target.searchParams.set(name, String(value));
    }
    return target;
  }
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
