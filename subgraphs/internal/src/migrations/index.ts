import { Organisation1763870400000 } from './1763870400000-organisation.js';
import { CircleOcecoProject1763956800000 } from './1763956800000-circle-oceco-project.js';
import { Governance1795600000000 } from './1795600000000-governance.js';
import { Planning1795500000000 } from '../planning/migration.js';
import { Work1795700000000 } from '../work/migration.js';
import { EventRequests1795800000000 } from '../work/event-request/migration.js';
import { EventSettlement1795900000000 } from '../work/settlement/migration.js';
import { MissionEvent1796000000000 } from '../work/settlement/mission-event.migration.js';

/** Every migration, oldest first. Never edit a shipped one: add a new file. */
export const migrations = [Organisation1763870400000, CircleOcecoProject1763956800000, Planning1795500000000, Governance1795600000000, Work1795700000000, EventRequests1795800000000, EventSettlement1795900000000, MissionEvent1796000000000];
