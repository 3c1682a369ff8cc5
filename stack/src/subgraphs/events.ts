import { createEventsSubgraph, loadEventsConfig, startTibilletSimulator, tibilletDemoSettings, type TibilletSettings } from '@alambic/events';
import type { UpstreamSubgraphSpec } from './upstream-subgraph.js';

export const eventsSpec: UpstreamSubgraphSpec<TibilletSettings> = {
  name: 'events',
  upstream: 'TiBillet',
  loadSettings: (env) => loadEventsConfig(env).tibillet,
  demoSettings: tibilletDemoSettings,
  startSimulator: (options) => startTibilletSimulator(options),
  create: (options) => createEventsSubgraph(options),
};
