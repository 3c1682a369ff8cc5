import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startStack, type RunningStack, type StackOptions } from '@alambic/stack';

export interface TestHub {
  stack: RunningStack;
  dataDir: string;
  /** Signs in as a demo member; returns the session cookie. */
  login(email: string): Promise<string>;
  /** Runs a GraphQL operation through the gateway. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<{ status: number; headers: Headers; data?: T; errors?: any[] }>;
}

/** The whole hub on free ports, with its own data folder. */
export async function startTestHub(options: Partial<StackOptions> & { dataDir?: string } = {}): Promise<TestHub> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'alambic-hub-'));
  const stack = await startStack({ ports: 'auto', supergraph: 'compose', dataDir, logger: pino({ level: 'silent' }), env: { ...process.env, ...options.env }, ...options });
  const base = stack.gatewayUrl;
  return {
    stack,
    dataDir,
    async login(email) {
      const response = await fetch(`${base}/auth/demo-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.get('set-cookie');
      if (!cookie) throw new Error('no session cookie');
      return cookie.split(';')[0];
    },
    async gql(query, variables = {}, cookie) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return { status: response.status, headers: response.headers, ...body };
    },
  };
}
