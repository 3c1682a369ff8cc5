import { upstreamSpecs, type UpstreamName } from './subgraphs/specs.js';
import type { Simulator } from './subgraphs/types.js';

export interface RunningSimulators {
  simulators: Record<UpstreamName, Simulator>;
  urls: Record<UpstreamName, string>;
  close(): Promise<void>;
}

/** The three tools' simulators on free ports, each adding `latencyMs` to every call: for a hub started elsewhere
 * with `simulatorUrls` (the bench keeps them in a process of their own, as the real tools would be). */
export async function startSimulators(latencyMs: number): Promise<RunningSimulators> {
  const names = Object.keys(upstreamSpecs) as UpstreamName[];
  const started = await Promise.all(names.map((name) => upstreamSpecs[name].startSimulator({ port: 0, host: '127.0.0.1' })));
  for (const simulator of started) simulator.control.latencyMs = latencyMs;
  const simulators = Object.fromEntries(names.map((name, i) => [name, started[i]!])) as Record<UpstreamName, Simulator>;
  return {
    simulators,
    urls: Object.fromEntries(names.map((name, i) => [name, started[i]!.url])) as Record<UpstreamName, string>,
    async close() {
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
