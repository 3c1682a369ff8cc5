import { MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { RemunerationClaimEntity } from '../entities/index.js';
import { countedAmount } from '../envelope.js';
import { ClaimState } from '../enums.js';

@Directive('@key(fields: "id")')
@ObjectType('RemunerationClaim', { description: 'Une demande de co-rémunération : proposée, validée (ou régulée) par une autre personne du cercle, facturée, payée.' })
export class RemunerationClaim {
  @Field(() => ID, { description: 'Identifiant de la demande.' })
  id: string;

  @Field(() => String, { description: 'Date du travail (AAAA-MM-JJ).' })
  workDate: string;

  @Field(() => Float, { description: 'Heures passées.' })
  hours: number;

  @Field(() => String, { description: 'Ce qui a été fait.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Impact de l’action.' })
  impact: string | null;

  @Field(() => String, { nullable: true, description: 'Lien vers un compte rendu ou des documents.' })
  docsUrl: string | null;

  @Field(() => MoneyScalar, { description: 'Montant proposé par la personne.' })
  amountProposed: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Montant validé (peut différer du proposé après régulation).' })
  amountValidated: number | null;

  @Field(() => MoneyScalar, { description: 'Montant qui compte : le validé s’il existe, sinon le proposé.' })
  amount: number;

  @Field(() => Boolean, { description: 'Vrai quand la validation a régulé le montant proposé.' })
  regulated: boolean;

  @Field(() => String, { nullable: true, description: 'Motif de la régulation.' })
  regulationNote: string | null;

  @Field(() => ClaimState, { description: 'État de la demande.' })
  state: ClaimState;

  @Field(() => String, { nullable: true, description: 'Numéro de la facture de la personne.' })
  invoiceNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Référence du paiement (virement…) quand l’administration l’a marquée payée.' })
  paymentReference: string | null;

  @Field(() => Int, { nullable: true, description: 'Facture fournisseur Odoo reconnue comme celle de la demande.' })
  odooMoveId: number | null;

  @Field(() => Date, { description: 'Date de la proposition.' })
  proposedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Date de la validation.' })
  validatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Date de la facturation.' })
  invoicedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Date du paiement.' })
  paidAt: Date | null;

  missionId: string;
  memberId: string;
  validatedById: string | null;
}

export function toClaim(e: RemunerationClaimEntity): RemunerationClaim {
  return Object.assign(new RemunerationClaim(), {
    id: e.id,
    workDate: e.workDate,
    hours: e.hours,
    description: e.description,
    impact: e.impact,
    docsUrl: e.docsUrl,
    amountProposed: e.amountProposedCents,
    amountValidated: e.amountValidatedCents,
    amount: countedAmount(e),
    regulated: e.amountValidatedCents !== null && e.amountValidatedCents !== e.amountProposedCents,
    regulationNote: e.regulationNote,
    state: e.state as ClaimState,
    invoiceNumber: e.invoiceNumber,
    paymentReference: e.paymentReference,
    odooMoveId: e.odooMoveId,
    proposedAt: e.createdAt,
    validatedAt: e.validatedAt,
    invoicedAt: e.invoicedAt,
    paidAt: e.paidAt,
    missionId: e.missionId,
    memberId: e.memberId,
    validatedById: e.validatedBy,
  });
}

@InputType('RemunerationClaimInput', { description: 'Une demande de co-rémunération à proposer.' })
export class RemunerationClaimInput {
  @Field(() => ID, { description: 'La mission (ou l’enveloppe de bienveillance) concernée.' })
  missionId: string;

  @Field(() => String, { description: 'Date du travail (AAAA-MM-JJ).' })
  workDate: string;

  @Field(() => Float, { description: 'Heures passées (plus de 0, 300 au plus).' })
  hours: number;

  @Field(() => String, { description: 'Ce qui a été fait : les actions menées.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Impact de l’action.' })
  impact?: string | null;

  @Field(() => String, { nullable: true, description: 'Lien vers un compte rendu ou des documents (http ou https).' })
  docsUrl?: string | null;

  @Field(() => MoneyScalar, { description: 'Montant demandé.' })
  amount: number;
}
