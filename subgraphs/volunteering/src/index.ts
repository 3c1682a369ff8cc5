import 'reflect-metadata';

export { buildVolunteeringSchema } from './schema.js';
export { loadVolunteeringConfig, loadStandaloneConfig, readOcecoSettings, VOLUNTEERING_PORT, OCECO_SIMULATOR_PORT } from './config.js';
export type { VolunteeringConfig, StandaloneConfig } from './config.js';
export { ocecoDemoSettings } from './oceco/settings.js';
export type { OcecoSettings } from './oceco/settings.js';
export { createVolunteeringSubgraph } from './subgraph.js';
export type { CreateVolunteeringSubgraphOptions } from './subgraph.js';
export { OcecoVolunteeringSource } from './oceco/oceco-source.js';
export type { OcecoTuning, OcecoChannels } from './oceco/oceco-source.js';
export type { OcecoLiveChannel, OcecoActionsChannel, OcecoAgendaChannel } from './oceco/channels.js';
export type { VolunteeringSource, CreditBalances, VolunteerActionRecord, LedgerEntry, ActionCatalogue, AgendaEvent, OcecoEventRecord } from './volunteering-source.js';
export { matchOcecoEvent } from './event/event-match.js';
export { startOcecoSimulator } from './oceco/simulator/index.js';
export type { OcecoSimulator, OcecoSimulatorOptions } from './oceco/simulator/index.js';
