import { buildFederatedSchema, memberAuthChecker } from '@alambic/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { resolveCircleReference } from './circle/circle.reference.js';
import { CircleResolver } from './circle/circle.resolver.js';
import { governanceResolvers } from './governance/resolvers.js';
import { resolveMemberReference } from './member/member.reference.js';
import { MemberResolver } from './member/member.resolver.js';
import { planningModule } from './planning/index.js';
import { workModule } from './work/index.js';
import { RoleAssignmentResolver, RoleResolver } from './role/role.resolver.js';

export function buildInternalSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [CircleResolver, MemberResolver, RoleResolver, RoleAssignmentResolver, ...governanceResolvers, ...planningModule.resolvers, ...workModule.resolvers], orphanedTypes: workModule.orphanedTypes, authChecker: memberAuthChecker },
    {
      Circle: { __resolveReference: resolveCircleReference },
      Member: { __resolveReference: resolveMemberReference },
      ...planningModule.references,
      ...workModule.references,
    },
  );
}
