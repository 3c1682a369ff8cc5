import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGatewayThread } from '../src/gateway-thread.js';

const options = {
  supergraphSdl: 'ceci n’est pas un supergraphe',
  subgraphUrls: {},
  identitySecret: 'i'.repeat(40),
  sessionSecret: 's'.repeat(40),
  logLevel: 'silent',
  webDir: mkdtempSync(path.join(os.tmpdir(), 'alambic-web-')),
  port: 0,
  host: '127.0.0.1',
};

describe('the gateway thread', () => {
  it('reports a gateway that cannot start as a failed start, not as a crash', async () => {
    const crashes: Error[] = [];
    await expect(startGatewayThread(options, (error) => crashes.push(error))).rejects.toThrow(/Syntax Error|supergraph/i);
    expect(crashes).toEqual([]);
  });
});
