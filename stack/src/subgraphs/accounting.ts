import { createAccountingSubgraph, loadAccountingConfig, odooDemoSettings, startOdooSimulator, type OdooSettings } from '@alambic/accounting';
import type { UpstreamSubgraphSpec } from './upstream-subgraph.js';

export const accountingSpec: UpstreamSubgraphSpec<OdooSettings> = {
  name: 'accounting',
  upstream: 'Odoo',
  loadSettings: (env) => loadAccountingConfig(env).odoo,
  demoSettings: (url, env) => odooDemoSettings(url, loadAccountingConfig(env).tuning),
  startSimulator: (options) => startOdooSimulator(options),
  create: (options) => createAccountingSubgraph(options),
};
