import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { DateTimeISOScalar } from './date-scalar.js';

const federationHeader =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** `__resolveReference` functions by entity type name, attached once per subgraph. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

/** Builds a Federation 2 subgraph schema from type-graphql resolvers (type-graphql's own recipe). */
export async function buildFederatedSchema(options: BuildSchemaOptions, references: ReferenceResolvers = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({ scalarsMap: [{ type: Date, scalar: DateTimeISOScalar }], ...options, skipCheck: true });
  const typeDefs = parse(`${federationHeader}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

/** The subgraph's SDL as composition reads it. */
export function printFederatedSchema(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}
