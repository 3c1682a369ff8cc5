import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { CategoryAmount } from '../actuals/actuals.type.js';
import { AccountingCategory, AccountingDirection } from '../categories/category.js';

@Directive('@shareable')
@ObjectType('CashFlowMonth', { description: 'Entrées et sorties réelles d’un mois sur tous les comptes (relevés bancaires).' })
export class CashFlowMonth {
  @Field(() => String, { description: 'Mois (AAAA-MM).' }) month: string;
  @Field(() => MoneyScalar, { description: 'Entrées.' }) inflow: number;
  @Field(() => MoneyScalar, { description: 'Sorties (montant positif).' }) outflow: number;
}

@Directive('@shareable')
@ObjectType('OpenDocument', { description: 'Une facture ou un avoir comptabilisé dont il reste à payer ou à encaisser.' })
export class OpenDocument {
  @Field(() => String, { nullable: true, description: 'Numéro.' }) number: string | null;
  @Field(() => String, { nullable: true, description: 'Client ou fournisseur.' }) partnerName: string | null;
  @Field(() => AccountingDirection, { description: 'Recette à encaisser (facture client) ou dépense à payer (facture fournisseur).' }) direction: AccountingDirection;
  @Field(() => String, { nullable: true, description: 'Échéance (AAAA-MM-JJ).' }) dueDate: string | null;
  @Field(() => MoneyScalar, { description: 'Reste à payer ou à encaisser (un avoir le donne négatif).' }) residual: number;
  @Field(() => AccountingCategory, { nullable: true, description: 'Catégorie budgétaire.' }) category: AccountingCategory | null;
}

@Directive('@shareable')
@ObjectType('CashPlanAccounting', { description: 'Ce qu’Odoo apporte au plan de trésorerie d’une année : banque, pièces ouvertes, réel par catégorie.' })
export class CashPlanAccounting {
  @Field(() => MoneyScalar, { description: 'Solde de tous les comptes au 1er janvier.' }) openingBalance: number;
  @Field(() => [CashFlowMonth], { description: 'Les douze mois réels de l’année.' }) months: CashFlowMonth[];
  @Field(() => [OpenDocument], { description: 'Factures et avoirs comptabilisés non soldés.' }) openDocuments: OpenDocument[];
  @Field(() => [CategoryAmount], { description: 'Réel de l’année par catégorie (toute l’organisation).' }) actual: CategoryAmount[];
  @Field(() => DateTimeISOScalar, { description: 'Moment de la lecture la plus ancienne de ces données dans Odoo.' }) readAt: Date;
  @Field(() => Boolean, { description: 'Vrai quand une partie vient de la dernière lecture réussie d’Odoo.' }) stale: boolean;
}

/** The cash plan of one year: owned by `internal` (forecasts, grants, manual lines), fed with Odoo's side here. */
@Directive('@key(fields: "year threshold")')
@ObjectType('CashPlan', { description: 'Le plan de trésorerie d’une année, mois par mois, réel puis prévisionnel.' })
export class CashPlan {
  @Field(() => Int, { description: 'Année civile.' }) year: number;
  @Field(() => MoneyScalar, { description: 'Seuil d’alerte du solde.' }) threshold: number | string;
}
