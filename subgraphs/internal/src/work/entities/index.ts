import { MissionApplicationEntity } from './application.entity.js';
import { RemunerationClaimEntity } from './claim.entity.js';
import { EventQuoteLineEntity, EventRequestEntity } from './event-request.entity.js';
import { MissionEntity } from './mission.entity.js';
import { WorkTransitionEntity } from './transition.entity.js';

export { MissionEntity, MissionApplicationEntity, RemunerationClaimEntity, WorkTransitionEntity, EventRequestEntity, EventQuoteLineEntity };
export const workEntities = [MissionEntity, MissionApplicationEntity, RemunerationClaimEntity, WorkTransitionEntity, EventRequestEntity, EventQuoteLineEntity];
