import { Field, ID, ObjectType } from 'type-graphql';
import { Implication } from './member.type.js';

/** How a person signs in: for administration and the demo sign-in page, never shown in the directory. */
@ObjectType('MemberAccount', { description: 'Le compte d’une personne : son adresse de connexion (administration et connexion de démonstration).' })
export class MemberAccount {
  @Field(() => ID, { description: 'Identifiant du membre.' })
  id: string;

  @Field(() => String, { description: 'Nom affiché.' })
  displayName: string;

  @Field(() => String, { description: 'Adresse de connexion (adresse de compte).' })
  loginEmail: string;

  @Field(() => Implication, { description: 'Implication dans le collectif.' })
  implication: Implication;
}
