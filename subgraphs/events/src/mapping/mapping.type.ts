import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ProductEventLink', {
  description: 'Un produit TiBillet rattaché à un évènement par le hub : ses ventes comptent pour l’évènement (la billetterie ne relie pas ses ventes aux évènements).',
})
export class ProductEventLink {
  @Field(() => ID, { description: 'Identifiant TiBillet du produit.' })
  productId: string;

  @Field(() => ID, { description: 'Identifiant TiBillet de l’évènement.' })
  eventId: string;

  @Field(() => Date, { description: 'Quand le rattachement a été fait.' })
  linkedAt: Date;

  /** Resolved as a Member stub. */
  linkedById: string | null;
}
