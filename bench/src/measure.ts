import { forkHelper } from './ipc.js';
import type { LoadRequest, LoadResult } from './load.js';
import { memoryReport, type ProcessMemory } from './memory.js';
import type { RemoteSimulators } from './remote-simulators.js';
import type { Scenario } from './scenarios/index.js';

/** Where a scenario is sent: Alambic's gateway (with a session cookie) or the reference gateway. */
export interface Target {
  label: string;
  url: string;
  headers: Record<string, string>;
}

export interface Run {
  tools: RemoteSimulators;
  /** Processes that are not the hub (helpers of the bench), left out of the memory figures. */
  notHub: number[];
  /** Peak memory of each hub process, updated while the load runs. */
  peak: Map<string, ProcessMemory>;
  connections: number;
  durationS: number;
  /** Unmeasured load before each measure: the JIT compiles what a hub that has been running has long compiled. */
  warmupS: number;
}

/** Nearest-rank percentile, in ms. */
function percentile(times: number[], p: number): number {
  if (times.length === 0) return NaN;
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

/** Drives the load from a child process, sampling the hub's memory meanwhile; keeps the peak. */
async function drive(request: LoadRequest, run: Run): Promise<LoadResult> {
  const child = forkHelper('load.js');
  const sampler = setInterval(() => {
    for (const row of memoryReport([child.pid!, ...run.notHub])) {
      const key = `${row.name}/${row.pid}`;
      if ((run.peak.get(key)?.pssMiB ?? 0) < row.pssMiB) run.peak.set(key, row);
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

/** One scenario against one gateway: a first request alone (the cold path), then the load. */
export async function measure(scenario: Scenario, target: Target, run: Run) {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const headers = { 'content-type': 'application/json', ...target.headers };
  await run.tools.resetCounts();
  const started = performance.now();
  const first = (await (await fetch(target.url, { method: 'POST', headers, body })).json()) as { errors?: unknown[] };
  const coldMs = performance.now() - started;
  const coldCalls = await run.tools.calls();

  if (run.warmupS > 0) await drive({ url: target.url, headers, body, connections: run.connections, durationS: run.warmupS }, run);
  await run.tools.resetCounts();
  const load = await drive({ url: target.url, headers, body, connections: run.connections, durationS: run.durationS, waves: scenario.waves }, run);
  const loadCalls = await run.tools.calls();
  return {
    scénario: scenario.name,
    passerelle: target.label,
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

export type Row = Awaited<ReturnType<typeof measure>>;
