import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@alambic/embedded-db';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A real PostgreSQL of its own for one test file, in a fresh folder. */
export async function startTestDatabase(): Promise<EmbeddedDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-events-'));
  return startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() });
}
