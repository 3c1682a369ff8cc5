import 'reflect-metadata';
import { buildFederatedSchema, memberAuthChecker } from '@alambic/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { CircleActualsResolver } from './circle/circle-actuals.resolver.js';
import { CircleActuals } from './circle/circle-actuals.type.js';
import { resolveCircleReference } from './circle/circle.reference.js';
import { Circle } from './circle/circle.type.js';

/** The accounting subgraph's federated schema. Pure: no network, so it can be printed for composition. */
export function buildAccountingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [CircleActualsResolver], orphanedTypes: [Circle, CircleActuals], authChecker: memberAuthChecker },
    { Circle: { __resolveReference: resolveCircleReference } },
  );
}
