import { createVolunteeringSubgraph, loadVolunteeringConfig, ocecoDemoSettings, startOcecoSimulator, type OcecoSettings } from '@alambic/volunteering';
import type { UpstreamSubgraphSpec } from './upstream-subgraph.js';

export const volunteeringSpec: UpstreamSubgraphSpec<OcecoSettings> = {
  name: 'volunteering',
  upstream: 'Oceco',
  loadSettings: (env) => loadVolunteeringConfig(env).oceco,
  demoSettings: ocecoDemoSettings,
  startSimulator: (options) => startOcecoSimulator(options),
  create: (options) => createVolunteeringSubgraph(options),
};
