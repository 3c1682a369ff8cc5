import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ProductKind } from './product-kind.js';

@ObjectType('TicketPrice', { description: 'Un tarif d’un produit de la billetterie.' })
export class TicketPrice {
  @Field(() => ID, { description: 'Identifiant TiBillet du tarif (uuid).' })
  id: string;

  @Field(() => String, { description: 'Nom du tarif (ex. « Plein tarif »).' })
  name: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Prix TTC en euros ; null si la billetterie ne le donne pas lisiblement.' })
  amount: number | null;

  @Field(() => Boolean, { description: 'Vrai pour un prix libre (le montant est alors un minimum).' })
  freePrice: boolean;
}

@ObjectType('TicketProduct', { description: 'Un produit en vente dans la billetterie : billet, réservation gratuite ou adhésion.' })
export class TicketProduct {
  @Field(() => ID, { description: 'Identifiant TiBillet du produit (uuid).' })
  id: string;

  @Field(() => String, { description: 'Nom du produit.' })
  name: string;

  @Field(() => ProductKind, { description: 'Ce que vend le produit.' })
  kind: ProductKind;

  @Field(() => String, { nullable: true, description: 'Description du produit.' })
  description: string | null;

  @Field(() => [TicketPrice], { description: 'Tarifs, dans l’ordre de la billetterie.' })
  prices: TicketPrice[];

  @Field(() => Date, { description: 'Quand ces informations ont été lues dans TiBillet.' })
  readAt: Date;

  @Field(() => Boolean, { description: 'Vrai quand TiBillet ne répond pas et que ces informations viennent de la dernière lecture réussie.' })
  stale: boolean;
}
