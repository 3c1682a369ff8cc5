import { CircleEntity } from './circle.entity.js';
import { MemberEntity } from './member.entity.js';
import { RoleAssignmentEntity } from './role-assignment.entity.js';
import { RoleEntity } from './role.entity.js';
import { governanceEntities } from '../governance/entities/index.js';
import { planningModule } from '../planning/index.js';
import { workModule } from '../work/index.js';

export { CircleEntity, MemberEntity, RoleEntity, RoleAssignmentEntity };
export const entities = [CircleEntity, MemberEntity, RoleEntity, RoleAssignmentEntity, ...governanceEntities, ...planningModule.entities, ...workModule.entities];
