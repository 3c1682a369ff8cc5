import type { IncomingHttpHeaders } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request } from 'undici';

/** The gateway's calls to subgraphs, over undici's `request`: the same HTTP client as Node's `fetch`, without its WHATWG
 * streams and objects, which cost the gateway's thread about as much as merging the answers. Keep-alive connections,
 * a timeout on every call (the gateway has none of its own, stack.md §7), never a retry (mutations). */
export function subgraphFetcher(timeoutMs: number): Fetcher {
  const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
  return async (url, init = {}) => {
    const { statusCode, headers, body } = await request(url, {
      method: (init.method ?? 'POST') as 'POST',
      headers: init.headers,
      body: init.body,
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return new ReadResponse(url, statusCode, headers, await body.text());
  };
}

/** A subgraph's answer, read whole: what Apollo Gateway reads of a response (status, headers, JSON body). */
class ReadResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly headers = new Headers();

  constructor(
    readonly url: string,
    readonly status: number,
    received: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    for (const [name, value] of Object.entries(received)) {
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) this.headers.append(name, one);
    }
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(this.body).buffer as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return this;
  }
}
