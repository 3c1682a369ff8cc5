import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamControl } from '../src/upstream-control.js';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A simulator-like server: the control gates each request, then the handler answers. */
async function serve(control: UpstreamControl): Promise<string> {
  server = createServer(async (req, res) => {
    if (!(await control.gate(req, res))) return;
    control.count('hello');
    res.statusCode = 201;
    res.setHeader('content-type', 'application/json');
    res.setHeader('x-upstream', 'simulated');
    res.end(JSON.stringify({ hello: 'monde' }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

describe('UpstreamControl', () => {
  it('answers in full under latency: status, headers and body held, then sent', async () => {
    const control = new UpstreamControl();
    control.latencyMs = 30;
    const url = await serve(control);
    const answers = await Promise.all([fetch(url), fetch(url)]);
    for (const response of answers) {
      expect(response.status).toBe(201);
      expect(response.headers.get('x-upstream')).toBe('simulated');
      expect(await response.json()).toEqual({ hello: 'monde' });
    }
    expect(control.calls('hello')).toBe(2);
  });

  it('refuses with 503 when down and counts nothing', async () => {
    const control = new UpstreamControl();
    control.mode = 'down';
    const url = await serve(control);
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('Service Unavailable');
    expect(control.calls()).toBe(0);
  });

  it('leaves a request unanswered when hanging', async () => {
    const control = new UpstreamControl();
    control.mode = 'hang';
    const url = await serve(control);
    const outcome = await fetch(url, { signal: AbortSignal.timeout(200) }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect(outcome).toBe('TimeoutError');
    expect(control.calls()).toBe(0);
  });
});
