import { EventMapping1764000000000 } from './1764000000000-event-mapping.js';

/** Every migration of the events store, oldest first. Never edit a shipped one: add a new file. */
export const migrations = [EventMapping1764000000000];
