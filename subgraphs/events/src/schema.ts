import 'reflect-metadata';
import { buildFederatedSchema, memberAuthChecker } from '@alambic/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { resolveEventReference } from './event/event.reference.js';
import { EventResolver } from './event/event.resolver.js';
import { TicketProductResolver } from './product/product.resolver.js';

/** The events subgraph's federated schema. Pure: builds types only, touches no network. */
export function buildEventsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [EventResolver, TicketProductResolver], authChecker: memberAuthChecker, validate: false },
    { Event: { __resolveReference: resolveEventReference } },
  );
}
