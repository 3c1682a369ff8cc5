import 'reflect-metadata';

export { buildAccountingSchema } from './schema.js';
export { loadAccountingConfig, loadAccountingMainConfig, odooDemoSettings, ACCOUNTING_PORT, ODOO_SIMULATOR_PORT, type AccountingConfig, type AccountingMainConfig, type OdooTuning } from './config.js';
export { createAccountingSubgraph, type AccountingSubgraphOptions } from './subgraph.js';
export { ormCalls, startOdooSimulator, type OdooSimulator, type OdooSimulatorOptions, type OdooVersion } from './odoo/simulator/index.js';
export type { OdooSettings } from './odoo/settings.js';
export type * from './accounting-source.js';
export { loadCategoryMap, validateCategoryMap, classify, defaultCategoryMapFile, type CategoryMap, type CategoryRule } from './categories/category-map.js';
export { AccountingCategory, AccountingDirection, categoryLabels } from './categories/category.js';
