import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The `Circle` entity owned by the internal subgraph; accounting extends it with what really happened in money. */
@Directive('@key(fields: "id")')
@ObjectType('Circle', { description: 'Un cercle de La Raffinerie : groupe, pôle, projet ou action.' })
export class Circle {
  @Field(() => ID, { description: 'Identifiant du cercle.' })
  id!: string;

  @Directive('@external')
  @Field(() => String, { description: 'Code analytique du cercle (chiffres groupe/pôle/projet/action, ex. « 1110 »), fourni par le sous-graphe interne.' })
  analyticCode!: string;
}
