import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { InvoicePaymentState } from '../documents/document.type.js';

@ObjectType('ClaimBill', { description: 'La facture fournisseur d’Odoo qui correspond à une co-rémunération facturée, et son paiement.' })
export class ClaimBill {
  @Field(() => String, { nullable: true, description: 'Numéro de la pièce dans Odoo.' }) number: string | null;
  @Field(() => String, { nullable: true, description: 'Référence du fournisseur (le numéro de facture de la personne).' }) reference: string | null;
  @Field(() => String, { nullable: true, description: 'Date de la facture (AAAA-MM-JJ).' }) date: string | null;
  @Field(() => MoneyScalar, { description: 'Montant de la facture.' }) total: number;
  @Field(() => MoneyScalar, { description: 'Reste à payer.' }) residual: number;
  @Field(() => InvoicePaymentState, { description: 'État du paiement dans Odoo.' }) paymentState: InvoicePaymentState;
  @Field(() => Boolean, { description: 'Vrai quand Odoo dit la facture payée : la co-rémunération est payée.' }) paid: boolean;
  @Field(() => DateTimeISOScalar, { description: 'Moment de la lecture dans Odoo.' }) readAt: Date;
  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que ceci est la dernière lecture réussie.' }) stale: boolean;
}

/** A co-remuneration claim (owned by `internal`): accounting finds its bill in Odoo and says whether it was paid. */
@Directive('@key(fields: "id")')
@ObjectType('RemunerationClaim', { description: 'Une demande de co-rémunération : proposée, validée (ou régulée) par une autre personne du cercle, facturée, payée.' })
export class RemunerationClaim {
  @Field(() => ID, { description: 'Identifiant de la demande.' }) id: string;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'Numéro de la facture de la personne.' })
  invoiceNumber?: string | null;

  @Directive('@external')
  @Field(() => Int, { nullable: true, description: 'Contact Odoo (res.partner) de la personne qui demande.' })
  claimantOdooPartnerId?: number | null;

  @Directive('@external')
  @Field(() => String, { description: 'Date du travail (AAAA-MM-JJ).' })
  workDate?: string;
}
