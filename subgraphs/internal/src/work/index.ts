import { ClaimService } from './claim/claim.service.js';
import { RemunerationClaimResolver } from './claim/claim.resolver.js';
import { CircleClaimsCommittedResolver } from './claim/committed.resolver.js';
import { ClaimOdooLinkResolver, resolveClaimReference } from './claim/claim-link.resolver.js';
import { workEntities } from './entities/index.js';
import { eventRequestResolvers } from './event-request/index.js';
import { Work1795700000000 } from './migration.js';
import { MissionApplicationResolver } from './mission/application.resolver.js';
import { MissionResolver } from './mission/mission.resolver.js';
import { MyWorkResolver } from './personal/my-work.resolver.js';
import { WorkTransitionResolver } from './transition.resolver.js';

/** People and their work (issue 8): missions, applications, co-remuneration claims, the personal page — wired into the internal subgraph. */
export const workModule = {
  entities: workEntities,
  migrations: [Work1795700000000],
  resolvers: [MissionResolver, MissionApplicationResolver, RemunerationClaimResolver, ClaimOdooLinkResolver, CircleClaimsCommittedResolver, WorkTransitionResolver, MyWorkResolver, ...eventRequestResolvers] as const,
  references: { RemunerationClaim: { __resolveReference: resolveClaimReference } },
};

export { ClaimService };
