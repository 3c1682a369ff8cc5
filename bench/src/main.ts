import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startStack, type RunningStack } from '@alambic/stack';
import { memoryReport } from './memory.js';
import { scenarios, type Scenario } from './scenarios.js';

const latencyMs = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 100);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const durationS = Number(process.env.BENCH_DURATION_S ?? 10);

async function login(stack: RunningStack): Promise<string> {
  const response = await fetch(`${stack.gatewayUrl}/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'camille.payet@laraffinerie.re' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

function upstreamCalls(stack: RunningStack): number {
  return Object.values(stack.subgraphs).reduce((sum, s) => sum + (s.simulator?.control.calls() ?? 0), 0);
}

function resetCounts(stack: RunningStack): void {
  for (const s of Object.values(stack.subgraphs)) s.simulator?.control.resetCounts();
}

async function run(stack: RunningStack, cookie: string, scenario: Scenario) {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  // One request alone first: the cold path, an empty cache behind it.
  for (const s of Object.values(stack.subgraphs)) s.simulator && (s.simulator.control.latencyMs = latencyMs);
  resetCounts(stack);
  const started = performance.now();
  const first = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const firstJson = (await first.json()) as { errors?: unknown[] };
  const coldMs = performance.now() - started;
  const coldCalls = upstreamCalls(stack);

  resetCounts(stack);
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${stack.gatewayUrl}/graphql`, method: 'POST', headers: { 'content-type': 'application/json', cookie }, body, connections, duration: durationS },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const requests = result.requests.total;
  return {
    scénario: scenario.name,
    'erreurs GraphQL (1re requête)': firstJson.errors?.length ?? 0,
    'à froid (ms)': Math.round(coldMs),
    'appels amont à froid': coldCalls,
    'p50 (ms)': percentile(times, 50),
    'p95 (ms)': percentile(times, 95),
    'p99 (ms)': percentile(times, 99),
    'req/s': Math.round(result.requests.average),
    requêtes: requests,
    'non-2xx': result.non2xx,
    'appels amont / requête': requests ? (upstreamCalls(stack) / requests).toFixed(3) : '–',
  };
}

/** Nearest-rank percentile of the measured response times, in ms. */
function percentile(times: number[], p: number): number {
  if (times.length === 0) return NaN;
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

async function main() {
  process.env.LOG_LEVEL ??= 'warn';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'alambic-bench-'));
  const stack = await startStack({ ports: 'auto', dataDir, upstreamLatencyMs: latencyMs, logger: pino({ level: 'warn' }) });
  try {
    const cookie = await login(stack);
    console.log(`Alambic bench — latence amont simulée ${latencyMs} ms par appel, ${connections} clients, ${durationS} s par scénario\n`);
    const rows = [];
    for (const scenario of scenarios) rows.push(await run(stack, cookie, scenario));
    console.table(rows);
    const memory = memoryReport();
    console.table(memory.map((m) => ({ processus: m.name, pid: m.pid, 'RSS (Mio)': m.rssMiB.toFixed(1) })));
    console.log(`Mémoire totale : ${memory.reduce((s, m) => s + m.rssMiB, 0).toFixed(1)} Mio`);
    console.log('Cibles : p95 < 250 ms pour la requête inter-subgraphs à 100 ms par appel amont et 20 clients ; < 500 Mio au total. Le bench mesure, il n’affirme rien.');
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
