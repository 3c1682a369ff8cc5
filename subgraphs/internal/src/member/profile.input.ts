import { Field, InputType } from 'type-graphql';
import { ContactVisibility, Implication } from './member.type.js';

@InputType('ProfileInput', { description: 'Ce qui change dans un profil ; un champ absent reste tel quel. L’adresse de compte ne se change pas ici.' })
export class ProfileInput {
  @Field(() => String, { nullable: true, description: 'Prénom.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Nom.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Pronoms (une chaîne vide les efface).' })
  pronouns?: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone (une chaîne vide l’efface).' })
  phone?: string | null;

  @Field(() => [String], { nullable: true, description: 'Compétences.' })
  skills?: string[] | null;

  @Field(() => ContactVisibility, { nullable: true, description: 'Qui peut lire l’adresse électronique.' })
  emailVisibility?: ContactVisibility | null;

  @Field(() => ContactVisibility, { nullable: true, description: 'Qui peut lire le téléphone.' })
  phoneVisibility?: ContactVisibility | null;

  @Field(() => Implication, { nullable: true, description: 'Implication (administrateur·rices seulement).' })
  implication?: Implication | null;

  @Field(() => [String], { nullable: true, description: 'Badges (administrateur·rices seulement).' })
  badges?: string[] | null;
}
