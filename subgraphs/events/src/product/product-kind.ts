import { registerEnumType } from 'type-graphql';

/** What a TiBillet product sells (its `categorie_article`). */
export enum ProductKind {
  TICKET = 'TICKET',
  FREE_BOOKING = 'FREE_BOOKING',
  MEMBERSHIP = 'MEMBERSHIP',
  OTHER = 'OTHER',
}

registerEnumType(ProductKind, {
  name: 'ProductKind',
  description: 'Ce que vend un produit de la billetterie.',
  valuesConfig: {
    TICKET: { description: 'Billet payant.' },
    FREE_BOOKING: { description: 'Réservation gratuite.' },
    MEMBERSHIP: { description: 'Adhésion ou abonnement.' },
    OTHER: { description: 'Autre produit (bar, recharge, pointage…).' },
  },
});
