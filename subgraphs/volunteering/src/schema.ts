import 'reflect-metadata';
import { buildFederatedSchema, memberAuthChecker } from '@alambic/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { AgendaResolver } from './agenda/agenda.resolver.js';
import { resolveCircleReference } from './circle/circle.reference.js';
import { CircleVolunteeringResolver } from './circle/circle.resolver.js';
import { CircleRef } from './circle/circle.type.js';
import { resolveEventReference } from './event/event.reference.js';
import { EventVolunteeringResolver } from './event/event.resolver.js';
import { EventRef } from './event/event.type.js';
import { resolveMemberReference } from './member/member.reference.js';
import { MemberVolunteeringResolver } from './member/member.resolver.js';
import { MemberRef } from './member/member.type.js';
import { VolunteerAccountResolver } from './volunteer-account/volunteer-account.resolver.js';
import { VolunteerAccount } from './volunteer-account/volunteer-account.type.js';

/** The volunteering subgraph's federated schema. Pure: touches no network. */
export function buildVolunteeringSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [MemberVolunteeringResolver, VolunteerAccountResolver, CircleVolunteeringResolver, EventVolunteeringResolver, AgendaResolver],
      // Entity stubs must be listed, or type-graphql 2 drops them (stack.md §5).
      orphanedTypes: [MemberRef, CircleRef, EventRef, VolunteerAccount],
      authChecker: memberAuthChecker,
    },
    {
      Member: { __resolveReference: resolveMemberReference },
      Circle: { __resolveReference: resolveCircleReference },
      Event: { __resolveReference: resolveEventReference },
    },
  );
}
