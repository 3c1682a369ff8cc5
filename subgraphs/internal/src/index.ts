import 'reflect-metadata';

export { buildInternalSchema } from './schema.js';
export { createInternalSubgraph, type InternalSubgraphOptions } from './subgraph.js';
export { loadInternalConfig, type InternalConfig } from './config.js';
export { openDatabase, createDataSource } from './datasource.js';
export { seedDemoOrganisation } from './seed/demo-seed.js';
