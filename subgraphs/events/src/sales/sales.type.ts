import { MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('PriceSales', { description: 'Ventes d’un évènement pour un produit à un prix donné (un tarif).' })
export class PriceSales {
  @Field(() => ID, { description: 'Identifiant TiBillet du produit vendu.' })
  productId: string;

  @Field(() => String, { description: 'Nom du produit.' })
  productName: string;

  @Field(() => String, { nullable: true, description: 'Nom du tarif dont le prix correspond (« Plein tarif »…) ; null si aucun ne correspond (prix libre, tarif modifié).' })
  priceName: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Prix unitaire TTC ; null quand la billetterie ne le donne pas.' })
  unitPrice: number | null;

  @Field(() => Boolean, { description: 'Vrai pour un billet ou une réservation (compté dans les billets vendus).' })
  ticket: boolean;

  @Field(() => Float, { description: 'Quantité vendue, avoirs déduits.' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'Montant TTC encaissé, avoirs déduits.' })
  amount: number;
}

@ObjectType('PaymentMethodSales', { description: 'Ventes d’un évènement pour un moyen de paiement.' })
export class PaymentMethodSales {
  @Field(() => String, { nullable: true, description: 'Code TiBillet du moyen de paiement (CA, CC, SN…) ; null quand la billetterie n’en donne pas.' })
  code: string | null;

  @Field(() => String, { description: 'Moyen de paiement en clair (« Espèces », « Carte bancaire (terminal) », « En ligne (Stripe) »…).' })
  label: string;

  @Field(() => Int, { description: 'Nombre de lignes de vente.' })
  lineCount: number;

  @Field(() => MoneyScalar, { description: 'Montant TTC, avoirs déduits.' })
  amount: number;
}

@ObjectType('SalesAdjustment', { description: 'Des lignes de vente annulées après coup : remboursements ou avoirs.' })
export class SalesAdjustment {
  @Field(() => Int, { description: 'Nombre de lignes.' })
  lineCount: number;

  @Field(() => MoneyScalar, { description: 'Montant TTC (négatif pour les avoirs, qui sont déduits du total ; positif pour les remboursements, qui en sont exclus).' })
  amount: number;
}

// Shareable: the internal subgraph reads `total` through @requires to settle an event's revenue.
@Directive('@shareable')
@ObjectType('EventSales', {
  description:
    'Les ventes d’un évènement : lignes du journal des ventes de TiBillet des produits rattachés à l’évènement, sur sa période de vente (préventes en ligne, puis ventes à l’entrée et au bar jusqu’à 4 h du matin, heure de La Réunion).',
})
export class EventSales {
  @Field(() => Date, { description: 'Début de la période de vente lue.' })
  from: Date;

  @Field(() => Date, { description: 'Fin de la période de vente lue (fin de soirée).' })
  to: Date;

  @Field(() => Int, { description: 'Nombre de produits rattachés à l’évènement ; à 0, aucune vente ne peut lui être comptée.' })
  mappedProductCount: number;

  @Field(() => Float, { description: 'Billets et réservations vendus, avoirs déduits.' })
  ticketsSold: number;

  @Field(() => Float, { nullable: true, description: 'Remplissage : billets vendus ÷ jauge (1 = complet) ; null sans jauge.' })
  fillRate: number | null;

  @Field(() => MoneyScalar, { description: 'Total TTC encaissé, avoirs déduits, remboursements exclus.' })
  total: number;

  @Field(() => [PriceSales], { description: 'Ventes par produit et par tarif.' })
  byPrice: PriceSales[];

  @Field(() => [PaymentMethodSales], { description: 'Ventes par moyen de paiement, du plus gros montant au plus petit.' })
  byPaymentMethod: PaymentMethodSales[];

  @Field(() => SalesAdjustment, { description: 'Lignes remboursées (statut R), exclues du total.' })
  refunds: SalesAdjustment;

  @Field(() => SalesAdjustment, { description: 'Avoirs (statut N), déduits du total.' })
  creditNotes: SalesAdjustment;

  @Field(() => Int, { description: 'Lignes comptées (ventes confirmées, réservations gratuites et avoirs).' })
  lineCount: number;

  @Field(() => Int, { description: 'Lignes laissées de côté : annulées, non payées, échouées, en attente.' })
  excludedLineCount: number;

  @Field(() => Date, { description: 'Quand le journal des ventes a été lu dans TiBillet.' })
  readAt: Date;

  @Field(() => Boolean, { description: 'Vrai quand TiBillet ne répond pas et que ces chiffres viennent de la dernière lecture réussie.' })
  stale: boolean;
}

export enum UnattributedReason {
  UNMAPPED_PRODUCT = 'UNMAPPED_PRODUCT',
  OUTSIDE_SALE_PERIOD = 'OUTSIDE_SALE_PERIOD',
}

registerEnumType(UnattributedReason, {
  name: 'UnattributedReason',
  description: 'Pourquoi une vente n’est comptée dans aucun évènement.',
  valuesConfig: {
    UNMAPPED_PRODUCT: { description: 'Le produit n’est rattaché à aucun évènement.' },
    OUTSIDE_SALE_PERIOD: { description: 'Le produit est rattaché, mais la vente tombe hors des périodes de vente de ses évènements.' },
  },
});

@ObjectType('UnattributedSaleLine', { description: 'Une ligne du journal des ventes de TiBillet comptée dans aucun évènement.' })
export class UnattributedSaleLine {
  @Field(() => ID, { description: 'Identifiant TiBillet de la ligne.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'Identifiant TiBillet du produit vendu.' })
  productId: string | null;

  @Field(() => String, { nullable: true, description: 'Nom du produit.' })
  productName: string | null;

  @Field(() => Date, { description: 'Quand la ligne a été créée dans TiBillet.' })
  createdAt: Date;

  @Field(() => MoneyScalar, { nullable: true, description: 'Prix unitaire TTC.' })
  unitPrice: number | null;

  @Field(() => Float, { description: 'Quantité.' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'Montant TTC (négatif pour un avoir).' })
  amount: number;

  @Field(() => String, { nullable: true, description: 'Statut TiBillet de la ligne (V confirmée, F réservation gratuite, N avoir).' })
  status: string | null;

  @Field(() => String, { description: 'Moyen de paiement en clair.' })
  paymentMethod: string;

  @Field(() => UnattributedReason, { description: 'Pourquoi aucun évènement ne la compte.' })
  reason: UnattributedReason;
}

@ObjectType('UnattributedSales', { description: 'Les ventes d’une période qu’aucun évènement ne compte : elles ne disparaissent pas, elles sont listées ici.' })
export class UnattributedSales {
  @Field(() => Date, { description: 'Début de la période.' })
  from: Date;

  @Field(() => Date, { description: 'Fin de la période.' })
  to: Date;

  @Field(() => MoneyScalar, { description: 'Total TTC de ces ventes, avoirs déduits.' })
  total: number;

  @Field(() => [UnattributedSaleLine], { description: 'Les lignes, de la plus ancienne à la plus récente.' })
  lines: UnattributedSaleLine[];

  @Field(() => Date, { description: 'Quand le journal des ventes a été lu dans TiBillet.' })
  readAt: Date;

  @Field(() => Boolean, { description: 'Vrai quand TiBillet ne répond pas et que ces chiffres viennent de la dernière lecture réussie.' })
  stale: boolean;
}
