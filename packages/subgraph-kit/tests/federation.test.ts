import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema, printFederatedSchema } from '../src/federation.js';

@Directive('@key(fields: "id")')
@ObjectType('Thing', { description: 'Une chose' })
class Thing {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing])
  things(): Thing[] {
    return [{ id: '1', name: 'un' }];
  }
}

describe('buildFederatedSchema', () => {
  it('prints a Federation 2 subgraph with keys and answers _entities through the reference resolver', async () => {
    const schema = await buildFederatedSchema(
      { resolvers: [ThingResolver] },
      { Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `ref-${ref.id}` }) } },
    );
    const sdl = printFederatedSchema(schema);
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Thing\s+@key\(fields: "id"\)/);
    const { graphql } = await import('graphql');
    const result = await graphql({
      schema,
      source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name } } }',
      variableValues: { r: [{ __typename: 'Thing', id: '7' }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: '7', name: 'ref-7' }] });
  });
});
