export { startStack, type RunningStack, type StackOptions } from './stack.js';
import type { Composition } from './compose.js';
export type { Composition } from './compose.js';
export { portOffsets } from './ports.js';
export type { Simulator, StartedSubgraph } from './subgraphs/types.js';
export { startSimulators, type RunningSimulators } from './simulators.js';
export type { UpstreamName } from './subgraphs/specs.js';

/** Composes the subgraphs' current code; the composition library is loaded on the first call only. */
export async function composeSupergraph(): Promise<Composition> {
  return (await import('./compose.js')).composeSupergraph();
}
