import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const main = path.resolve(__dirname, '../../stack/dist/main.js');

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A PORT_BASE below Linux's ephemeral range (32768+), so no random port of a parallel test can take one of ours,
 * with every port the hub derives from it free: gateway +0, subgraphs +1…+4, simulators +10…+12, PostgreSQL +40. */
async function freePortBase(): Promise<number> {
  const offsets = [0, 1, 2, 3, 4, 10, 11, 12, 40];
  for (let base = 20000 + (process.pid % 300) * 40; base < 32000; base += 40) {
    if ((await Promise.all(offsets.map((o) => isFree(base + o)))).every(Boolean)) return base;
  }
  throw new Error('no free port range below 32000');
}

/** Processes whose command line mentions the folder (the embedded PostgreSQL runs with -D <folder>). */
function processesUsing(folder: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(folder);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [main], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Alambic est prêt')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited before ready:\n${output}`));
    });
  });
  return { child, ready, exited, output: () => output };
}

describe('npm start, as a process', () => {
  it('starts, prints what it started and the demo logins, and stops everything on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'alambic-start-'));
    const portBase = await freePortBase();
    const hub = run({ DATA_DIR: dataDir, PORT_BASE: String(portBase), PG_PORT: String(portBase + 40) });
    await hub.ready;
    expect(hub.output()).toContain(`http://localhost:${portBase}`);
    expect(hub.output()).toMatch(/@laraffinerie\.re/);
    const health = await fetch(`http://127.0.0.1:${portBase}/health`);
    expect(health.status).toBe(200);
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);

    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 120_000);

  it('refuses a bad configuration with a message naming the variable, before starting anything', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'alambic-badconf-'));
    const hub = run({ DATA_DIR: dataDir, ODOO_URL: 'odoo-sans-schema', TIBILLET_URL: 'https://billetterie.example.org' });
    await expect(hub.ready).rejects.toThrow();
    expect(await hub.exited).toBe(1);
    expect(hub.output()).toContain('ODOO_URL');
    expect(hub.output()).toContain('TIBILLET_API_KEY');
    expect(processesUsing(dataDir)).toEqual([]);
  }, 60_000);
});
