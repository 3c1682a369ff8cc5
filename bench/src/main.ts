import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startStack, type RunningStack } from '@alambic/stack';
import type { LoadRequest, LoadResult } from './load.js';
import { memoryReport, summarise, type ProcessMemory } from './memory.js';
import { RemoteSimulators } from './remote-simulators.js';
import { loadScenarios, type Scenario } from './scenarios/index.js';

const latencyMs = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 100);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const durationS = Number(process.env.BENCH_DURATION_S ?? 10);
/** Runs only the scenarios whose name contains this text (e.g. `BENCH_ONLY=budgétaire`). */
const only = process.env.BENCH_ONLY?.toLowerCase();

async function login(stack: RunningStack): Promise<string> {
  const response = await fetch(`${stack.gatewayUrl}/auth/demo-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'camille.payet@laraffinerie.re' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}


/** Nearest-rank percentile, in ms. */
function percentile(times: number[], p: number): number {
  if (times.length === 0) return NaN;
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

/** Drives the load from a child process, sampling the hub's memory meanwhile; keeps the peak. */
async function drive(request: LoadRequest, peak: Map<string, ProcessMemory>, tools: RemoteSimulators): Promise<LoadResult> {
  const child = fork(path.join(__dirname, 'load.js'), { stdio: 'inherit' });
  const sampler = setInterval(() => {
    for (const row of memoryReport([child.pid!, tools.pid])) {
      const key = `${row.name}/${row.pid}`;
      if ((peak.get(key)?.pssMiB ?? 0) < row.pssMiB) peak.set(key, row);
    }
  }, 500);
  try {
    return await new Promise<LoadResult>((resolve, reject) => {
      child.once('message', (reply: LoadResult | { error: string }) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply)));
      child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
      child.send(request);
    });
  } finally {
    clearInterval(sampler);
  }
}

async function run(stack: RunningStack, tools: RemoteSimulators, cookie: string, scenario: Scenario, peak: Map<string, ProcessMemory>) {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const headers = { 'content-type': 'application/json', cookie };
  // First, one request alone on empty caches: the cold path.
  await tools.resetCounts();
  const started = performance.now();
  const first = (await (await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers, body })).json()) as { errors?: unknown[] };
  const coldMs = performance.now() - started;
  const coldCalls = await tools.calls();

  await tools.resetCounts();
  const load = await drive({ url: `${stack.gatewayUrl}/graphql`, headers, body, connections, durationS }, peak, tools);
  const loadCalls = await tools.calls();
  return {
    scénario: scenario.name,
    'erreurs (1re req.)': first.errors?.length ?? 0,
    'à froid (ms)': Math.round(coldMs),
    'appels amont à froid': coldCalls,
    'p50 (ms)': percentile(load.times, 50),
    'p95 (ms)': percentile(load.times, 95),
    'p99 (ms)': percentile(load.times, 99),
    'req/s': Math.round(load.rps),
    requêtes: load.requests,
    'non-2xx': load.non2xx + load.errors,
    'appels amont / req.': load.requests ? (loadCalls / load.requests).toFixed(3) : '–',
  };
}

/** Scenarios that need the same hub configuration share one started hub. */
function byEnvironment(scenarios: Scenario[]): Map<string, Scenario[]> {
  const groups = new Map<string, Scenario[]>();
  for (const scenario of scenarios) {
    const key = JSON.stringify(scenario.env ?? {});
    groups.set(key, [...(groups.get(key) ?? []), scenario]);
  }
  return groups;
}

async function main() {
  console.log(
    `Alambic bench : ${latencyMs} ms de latence par appel à un outil (simulateurs dans leur propre processus), ${connections} clients, ${durationS} s par scénario.\n`,
  );
  const rows = [];
  let peak = new Map<string, ProcessMemory>();
  const pss = (m: Map<string, ProcessMemory>) => [...m.values()].reduce((s, r) => s + r.pssMiB, 0);
  for (const [envKey, scenarios] of byEnvironment(loadScenarios().filter((s) => !only || s.name.toLowerCase().includes(only)))) {
    const hubPeak = new Map<string, ProcessMemory>();
    const env = { ...process.env, ...(JSON.parse(envKey) as Record<string, string>) };
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'alambic-bench-'));
    const tools = await RemoteSimulators.start(latencyMs);
    const stack = await startStack({ ports: 'auto', dataDir, env, simulatorUrls: tools.urls, logger: pino({ level: 'error' }) });
    try {
      const cookie = await login(stack);
      for (const scenario of scenarios) rows.push(await run(stack, tools, cookie, scenario, hubPeak));
    } finally {
      await stack.stop();
      await tools.stop();
    }
    if (pss(hubPeak) > pss(peak)) peak = hubPeak;
  }
  console.table(rows);
  console.log('Mémoire du hub au pic de charge (le générateur de charge tourne à part) :');
  console.table(summarise([...peak.values()]));
  const total = pss(peak);
  console.log(`Total PSS : ${total.toFixed(1)} Mio (les simulateurs tournent dans un processus à part, comme les vrais outils, et ne sont pas comptés).`);
  console.log(
    [
      'Cibles (100 ms par appel amont, 20 clients) : p95 < 250 ms pour la requête inter-subgraphs ;',
      'suivi budgétaire p95 < 30 ms caches chauds, < 300 ms caches vides ; < 500 Mio au total. Le bench mesure, il n’affirme rien.',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
