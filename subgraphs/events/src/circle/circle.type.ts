import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The `Circle` entity owned by the internal subgraph; events adds the events a circle organises. */
@Directive('@key(fields: "id")')
@ObjectType('Circle', { description: 'Un cercle de La Raffinerie : groupe, pôle, projet ou action.' })
export class Circle {
  @Field(() => ID, { description: 'Identifiant du cercle.' })
  id!: string;
}
