import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphFetcher } from '../src/data-sources/subgraph-fetcher.js';

let server: Server;
let base: string;
let received: { headers: IncomingHttpHeaders; body: string } | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received = { headers: request.headers, body };
      if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 1_000);
      if (request.url === '/refused') {
        response.writeHead(401, { 'content-type': 'application/json' });
        return void response.end('{"errors":[{"message":"non"}]}');
      }
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=20, private' });
      response.end(JSON.stringify({ data: { echo: body } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('the gateway’s calls to subgraphs', () => {
  const fetcher = subgraphFetcher(300);

  it('send the method, headers and body, and read status, headers and JSON back', async () => {
    const response = await fetcher(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-alambic-identity': 'v1.abc' }, body: '{"query":"{ a }"}' });
    expect(received?.headers['x-alambic-identity']).toBe('v1.abc');
    expect(received?.body).toBe('{"query":"{ a }"}');
    expect(response).toMatchObject({ ok: true, status: 200, statusText: 'OK', url: `${base}/graphql` });
    expect(response.headers.get('cache-control')).toBe('max-age=20, private');
    expect(await response.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
  });

  it('report a refusal by its status, body included', async () => {
    const response = await fetcher(`${base}/refused`, { method: 'POST', body: '{}' });
    expect(response).toMatchObject({ ok: false, status: 401, statusText: 'Unauthorized' });
    expect(await response.text()).toBe('{"errors":[{"message":"non"}]}');
  });

  it('give up after their timeout, and say so', async () => {
    await expect(fetcher(`${base}/slow`, { method: 'POST', body: '{}' })).rejects.toThrow(/timeout|aborted/i);
  });

  it('fail with the network’s reason when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetcher(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
