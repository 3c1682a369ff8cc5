import { ChangeStampResolver } from '../audit/change-stamp.type.js';
import { CircleMutationResolver } from '../circle/circle.mutation.js';
import { MemberMutationResolver } from '../member/member.mutation.js';
import { RoleMutationResolver } from '../role/role.mutation.js';
import { CircleVacancyResolver, VacancyAlertResolver, VacancyResolver } from '../vacancy/vacancy.resolver.js';
import { CircleGovernanceResolver, RoleGovernanceResolver } from './circle-governance.resolver.js';
import { DecisionLinkResolver, DecisionResolver, ObjectionResolver } from './decision/decision.resolver.js';
import { DocLinkResolver } from './doc-link/doc-link.resolver.js';
import { ObjectiveResolver } from './objective/objective.resolver.js';
import { TensionResolver } from './tension/tension.resolver.js';

/** Everything issue 6 adds to the internal schema: organisation changes, vacancies, the directory's profile, governance records. */
export const governanceResolvers = [
  ChangeStampResolver,
  CircleMutationResolver,
  RoleMutationResolver,
  MemberMutationResolver,
  VacancyResolver,
  VacancyAlertResolver,
  CircleVacancyResolver,
  CircleGovernanceResolver,
  RoleGovernanceResolver,
  DecisionResolver,
  ObjectionResolver,
  DecisionLinkResolver,
  TensionResolver,
  ObjectiveResolver,
  DocLinkResolver,
] as const;
