import { Organisation1763870400000 } from './1763870400000-organisation.js';

/** Every migration, oldest first. Never edit a shipped one: add a new file. */
export const migrations = [Organisation1763870400000];
