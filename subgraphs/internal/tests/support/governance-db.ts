import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@alambic/embedded-db';
import { memberByEmail } from '@alambic/demo-data';
import { IDENTITY_HEADER, signIdentity, type SubgraphServer } from '@alambic/subgraph-kit';
import pg from 'pg';
import { createInternalSubgraph } from '../../src/subgraph.js';

const secret = 'governance-test-secret';

export interface GqlResult {
  data?: any;
  errors?: Array<{ message: string; extensions: { code: string; field?: string } }>;
}

/** Who a test request is signed as: a demo member by email (admin rights from the demo data), or a trusted service. */
export type Caller = string | { service: true } | { email: string; isAdmin: boolean };

export interface InternalUnderTest {
  gql(query: string, variables?: Record<string, unknown>, as?: Caller): Promise<GqlResult>;
  /** Runs SQL directly (to read what was written, or to prepare a case). */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The internal subgraph on its own embedded PostgreSQL, seeded with the demo organisation. */
export async function startInternal(): Promise<InternalUnderTest> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-gov-'));
  const db: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  const server: SubgraphServer = await createInternalSubgraph({ databaseUrl: db.url, identitySecret: secret, logger: pino({ level: 'silent' }) });
  const url = await server.listen(0);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return {
    async gql(query, variables = {}, as = 'maelle.grondin@laraffinerie.re') {
      const identity =
        typeof as === 'object' && 'service' in as
          ? { kind: 'service' as const, memberId: null, isAdmin: true, requestId: 'test' }
          : typeof as === 'string'
            ? { kind: 'member' as const, memberId: memberByEmail(as).id, isAdmin: memberByEmail(as).isAdmin, requestId: 'test' }
            : { kind: 'member' as const, memberId: memberByEmail(as.email).id, isAdmin: as.isAdmin, requestId: 'test' };
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(identity, secret) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GqlResult;
    },
    async sql(text, params = []) {
      return (await client.query(text, params)).rows;
    },
    async stop() {
      await client.end();
      await server.close();
      await db.stop();
    },
  };
}

/** The first error of a result, for assertions on code and message. */
export function firstError(result: GqlResult) {
  return result.errors?.[0];
}
