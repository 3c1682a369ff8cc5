import 'reflect-metadata';

export { buildEventsSchema } from './schema.js';
export { loadEventsConfig, loadEventsServerConfig, tibilletDemoSettings, EVENTS_PORT } from './config.js';
export type { EventsConfig, EventsServerConfig, TibilletSettings } from './config.js';
export { createEventsSubgraph } from './subgraph.js';
export type { EventsSubgraphOptions } from './subgraph.js';
export { startTibilletSimulator } from './tibillet/simulator/index.js';
export type { TibilletSimulator, TibilletSimulatorOptions, TibilletCallKind } from './tibillet/simulator/index.js';
export { TibilletClient } from './tibillet/client.js';
export type { TibilletConnector, EventListFilters, SalesQuery } from './tibillet/client.js';
export type { EventRecord, ProductRecord, SaleLineRecord } from './tibillet/mapping.js';
export { openEventsStore, createEventsDataSource, EVENTS_SCHEMA } from './store/datasource.js';
export { demoMapping, seedDemoMapping } from './store/seed.js';
