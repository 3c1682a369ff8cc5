import 'reflect-metadata';
import { buildFederatedSchema, memberAuthChecker } from '@alambic/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { CircleEventsResolver } from './circle/circle-events.resolver.js';
import { resolveCircleReference } from './circle/circle.reference.js';
import { Circle } from './circle/circle.type.js';
import { EventHubResolver } from './event/event-hub.resolver.js';
import { resolveEventReference } from './event/event.reference.js';
import { EventResolver } from './event/event.resolver.js';
import { ProductEventLinkResolver } from './mapping/mapping.resolver.js';
import { Member, resolveMemberReference } from './member/member.type.js';
import { TicketProductResolver } from './product/product.resolver.js';
import { EventSalesResolver, UnattributedSalesResolver } from './sales/sales.resolver.js';

/** The events subgraph's federated schema. Pure: builds types only, touches no network. */
export function buildEventsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [EventResolver, EventHubResolver, EventSalesResolver, UnattributedSalesResolver, TicketProductResolver, ProductEventLinkResolver, CircleEventsResolver],
      orphanedTypes: [Circle, Member],
      authChecker: memberAuthChecker,
      validate: false,
    },
    {
      Event: { __resolveReference: resolveEventReference },
      Circle: { __resolveReference: resolveCircleReference },
      Member: { __resolveReference: resolveMemberReference },
    },
  );
}
