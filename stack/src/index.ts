export { startStack, composeSupergraph, type RunningStack, type StackOptions } from './stack.js';
export type { Composition } from './compose.js';
export { portOffsets } from './ports.js';
export type { Simulator, StartedSubgraph } from './subgraphs/types.js';
export { startSimulators, type RunningSimulators } from './simulators.js';
export type { UpstreamName } from './subgraphs/specs.js';

