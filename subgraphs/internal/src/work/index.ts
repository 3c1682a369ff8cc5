import { ClaimService } from './claim/claim.service.js';
import { RemunerationClaimResolver } from './claim/claim.resolver.js';
import { CircleClaimsCommittedResolver } from './claim/committed.resolver.js';
import { ClaimOdooLinkResolver, resolveClaimReference } from './claim/claim-link.resolver.js';
import { workEntities } from './entities/index.js';
import { EventSettlement1795900000000 } from './settlement/migration.js';
import { EventSettlementShareEntity } from './settlement/settlement-share.entity.js';
import { EventReferentsResolver, EventSettlementResolver, SettlementMutationResolver } from './settlement/settlement.resolver.js';
import { Event } from './settlement/settlement.type.js';
import { eventRequestResolvers } from './event-request/index.js';
import { Work1795700000000 } from './migration.js';
import { MissionApplicationResolver } from './mission/application.resolver.js';
import { MissionResolver } from './mission/mission.resolver.js';
import { MyWorkResolver } from './personal/my-work.resolver.js';
import { WorkTransitionResolver } from './transition.resolver.js';

/** People and their work (issue 8): missions, applications, co-remuneration claims, the personal page — wired into the internal subgraph. */
export const workModule = {
  entities: [...workEntities, EventSettlementShareEntity],
  migrations: [Work1795700000000, EventSettlement1795900000000],
  resolvers: [MissionResolver, MissionApplicationResolver, RemunerationClaimResolver, ClaimOdooLinkResolver, CircleClaimsCommittedResolver, WorkTransitionResolver, MyWorkResolver, EventSettlementResolver, EventReferentsResolver, SettlementMutationResolver, ...eventRequestResolvers] as const,
  /** Entity stubs of other subgraphs that nothing in this schema returns (type-graphql would drop them). */
  orphanedTypes: [Event],
  references: {
    RemunerationClaim: { __resolveReference: resolveClaimReference },
    Event: { __resolveReference: (reference: { id: string }) => reference },
  },
};

export { ClaimService };
