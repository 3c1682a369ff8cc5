import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startStack, type RunningStack } from '@alambic/stack';
import { measure, type Row, type Run, type Target } from './measure.js';
import { summarise, type ProcessMemory } from './memory.js';
import { ReferenceGateway } from './reference-gateway.js';
import { RemoteSimulators } from './remote-simulators.js';
import { loadScenarios, type Scenario } from './scenarios/index.js';

const latencyMs = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 100);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const durationS = Number(process.env.BENCH_DURATION_S ?? 10);
const warmupS = Number(process.env.BENCH_WARMUP_S ?? 5);
/** Runs only the scenarios whose name contains this text (e.g. `BENCH_ONLY=budgétaire`). */
const only = process.env.BENCH_ONLY?.toLowerCase();
const member = 'camille.payet@laraffinerie.re';
const supergraphFile = path.resolve(__dirname, '../../schema/supergraph.graphql');

/** Alambic's gateway, signed in as the bench's member. */
async function alambic(stack: RunningStack): Promise<Target & { memberId: string }> {
  const login = await fetch(`${stack.gatewayUrl}/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: member }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const url = `${stack.gatewayUrl}/graphql`;
  const me = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ me { id } }' }) })).json()) as {
    data: { me: { id: string } };
  };
  return { label: 'Alambic (Apollo Gateway)', url, headers: { cookie }, memberId: me.data.me.id };
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

/** One hub for a group of scenarios: its simulators apart, and the reference gateway when a scenario asks for it. */
async function runGroup(env: NodeJS.ProcessEnv, scenarios: Scenario[], rows: Row[]): Promise<Map<string, ProcessMemory>> {
  const identitySecret = randomBytes(32).toString('hex');
  const tools = await RemoteSimulators.start(latencyMs);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'alambic-bench-'));
  const stack = await startStack({
    ports: 'auto',
    dataDir,
    env: { ...env, IDENTITY_SECRET: identitySecret },
    simulatorUrls: tools.urls,
    logger: pino({ level: 'error' }),
  });
  let reference: ReferenceGateway | undefined;
  const run: Run = { tools, notHub: [tools.pid], peak: new Map(), connections, durationS, warmupS };
  try {
    const target = await alambic(stack);
    for (const scenario of scenarios) {
      rows.push(await measure(scenario, target, run));
      if (!scenario.reference) continue;
      reference ??= await ReferenceGateway.start({
        supergraphSdl: readFileSync(supergraphFile, 'utf8'),
        subgraphUrls: Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])),
        identitySecret,
        identity: { kind: 'member', memberId: target.memberId, isAdmin: false, requestId: 'bench' },
      });
      run.notHub.push(reference.pid);
      rows.push(await measure(scenario, { label: 'référence : Hive Gateway + planificateur Rust', url: reference.url, headers: {} }, run));
    }
  } finally {
    await reference?.stop();
    await stack.stop();
    await tools.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return run.peak;
}

/** How the reference gateway compares on the scenarios run on both. */
function ratios(rows: Row[]): string[] {
  return rows.flatMap((row, i) => {
    const alambic = rows[i - 1];
    if (!row.passerelle.startsWith('référence') || !alambic) return [];
    const times = (row['req/s'] / alambic['req/s']).toFixed(1).replace('.', ',');
    return [`  « ${row.scénario} » : ${times}× le débit d’Alambic, p95 ${row['p95 (ms)']} ms contre ${alambic['p95 (ms)']} ms`];
  });
}

async function main() {
  console.log(
    `Alambic bench : ${latencyMs} ms de latence par appel à un outil (simulateurs dans leur propre processus), ${connections} clients, ${durationS} s par scénario après ${warmupS} s de chauffe non mesurée.\n`,
  );
  const rows: Row[] = [];
  let peak = new Map<string, ProcessMemory>();
  const pss = (m: Map<string, ProcessMemory>) => [...m.values()].reduce((s, r) => s + r.pssMiB, 0);
  for (const [envKey, scenarios] of byEnvironment(loadScenarios().filter((s) => !only || s.name.toLowerCase().includes(only)))) {
    const hubPeak = await runGroup({ ...process.env, ...(JSON.parse(envKey) as Record<string, string>) }, scenarios, rows);
    if (pss(hubPeak) > pss(peak)) peak = hubPeak;
  }
  console.table(rows);
  const compared = ratios(rows);
  if (compared.length) console.log(['Le même supergraphe servi par la passerelle de référence (DESIGN §7), sans cache de réponses :', ...compared].join('\n'));
  console.log('Mémoire du hub au pic de charge (le générateur de charge tourne à part) :');
  console.table(summarise([...peak.values()]));
  console.log(`Total PSS : ${pss(peak).toFixed(1)} Mio (les simulateurs tournent dans un processus à part, comme les vrais outils, et ne sont pas comptés).`);
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
