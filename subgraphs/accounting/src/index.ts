import 'reflect-metadata';

export { buildAccountingSchema } from './schema.js';
export { loadAccountingConfig, loadAccountingMainConfig, odooDemoSettings, ACCOUNTING_PORT, ODOO_SIMULATOR_PORT, type AccountingConfig, type AccountingMainConfig } from './config.js';
export { createAccountingSubgraph, type AccountingSubgraphOptions } from './subgraph.js';
export { startOdooSimulator, type OdooSimulator, type OdooSimulatorOptions, type OdooVersion } from './odoo/simulator/index.js';
export type { OdooSettings } from './odoo/settings.js';
export type { AccountingSource, AnalyticAccount, AnalyticTotal } from './accounting-source.js';
