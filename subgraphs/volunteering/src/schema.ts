import 'reflect-metadata';
import { buildFederatedSchema, memberAuthChecker } from '@alambic/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { resolveMemberReference } from './member/member.reference.js';
import { MemberVolunteeringResolver } from './member/member.resolver.js';
import { MemberRef } from './member/member.type.js';
import { VolunteerAccount } from './volunteer-account/volunteer-account.type.js';

/** The volunteering subgraph's federated schema. Pure: touches no network. */
export function buildVolunteeringSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [MemberVolunteeringResolver],
      // Entity stubs must be listed, or type-graphql 2 drops them (stack.md §5).
      orphanedTypes: [MemberRef, VolunteerAccount],
      authChecker: memberAuthChecker,
    },
    { Member: { __resolveReference: resolveMemberReference } },
  );
}
