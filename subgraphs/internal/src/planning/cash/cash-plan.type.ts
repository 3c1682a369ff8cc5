import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetCategory, Direction } from '../categories.js';
import { CategoryAmount } from '../review/actuals-snapshot.type.js';

/* Odoo's side of the cash plan, as the accounting subgraph gives it (shareable value types read through @requires). */

@Directive('@shareable')
@ObjectType('CashFlowMonth', { description: 'Entrées et sorties réelles d’un mois sur tous les comptes (relevés bancaires).' })
export class CashFlowMonth {
  @Field(() => String, { description: 'Mois (AAAA-MM).' }) month: string;
  @Field(() => MoneyScalar, { description: 'Entrées.' }) inflow: number | string;
  @Field(() => MoneyScalar, { description: 'Sorties (montant positif).' }) outflow: number | string;
}

@Directive('@shareable')
@ObjectType('OpenDocument', { description: 'Une facture ou un avoir comptabilisé dont il reste à payer ou à encaisser.' })
export class OpenDocument {
  @Field(() => String, { nullable: true, description: 'Numéro.' }) number: string | null;
  @Field(() => String, { nullable: true, description: 'Client ou fournisseur.' }) partnerName: string | null;
  @Field(() => Direction, { description: 'Recette à encaisser (facture client) ou dépense à payer (facture fournisseur).' }) direction: Direction;
  @Field(() => String, { nullable: true, description: 'Échéance (AAAA-MM-JJ).' }) dueDate: string | null;
  @Field(() => MoneyScalar, { description: 'Reste à payer ou à encaisser (un avoir le donne négatif).' }) residual: number | string;
  @Field(() => BudgetCategory, { nullable: true, description: 'Catégorie budgétaire.' }) category: BudgetCategory | null;
}

@Directive('@shareable')
@ObjectType('CashPlanAccounting', { description: 'Ce qu’Odoo apporte au plan de trésorerie d’une année : banque, pièces ouvertes, réel par catégorie.' })
export class CashPlanAccounting {
  @Field(() => MoneyScalar, { description: 'Solde de tous les comptes au 1er janvier.' }) openingBalance: number | string;
  @Field(() => [CashFlowMonth], { description: 'Les douze mois réels de l’année.' }) months: CashFlowMonth[];
  @Field(() => [OpenDocument], { description: 'Factures et avoirs comptabilisés non soldés.' }) openDocuments: OpenDocument[];
  @Field(() => [CategoryAmount], { description: 'Réel de l’année par catégorie (toute l’organisation).' }) actual: CategoryAmount[];
  @Field(() => DateTimeISOScalar, { description: 'Moment de la lecture la plus ancienne de ces données dans Odoo.' }) readAt: Date | string;
  @Field(() => Boolean, { description: 'Vrai quand une partie vient de la dernière lecture réussie d’Odoo.' }) stale: boolean;
}

export enum CashSource {
  BANK = 'BANK',
  BUDGET = 'BUDGET',
  GRANT_INSTALMENT = 'GRANT_INSTALMENT',
  RECEIVABLE = 'RECEIVABLE',
  PAYABLE = 'PAYABLE',
  MANUAL = 'MANUAL',
}

registerEnumType(CashSource, {
  name: 'CashSource',
  description: 'D’où vient une ligne du plan de trésorerie.',
  valuesConfig: {
    BANK: { description: 'Mouvements bancaires réels (Odoo).' },
    BUDGET: { description: 'Prévisionnel, net de ce qui est déjà réalisé.' },
    GRANT_INSTALMENT: { description: 'Versement de subvention attendu.' },
    RECEIVABLE: { description: 'Facture client à encaisser, à son échéance (Odoo).' },
    PAYABLE: { description: 'Facture fournisseur à payer, à son échéance (Odoo).' },
    MANUAL: { description: 'Ligne saisie à la main.' },
  },
});

export enum CashMonthKind {
  REAL = 'REAL',
  FORECAST = 'FORECAST',
}

registerEnumType(CashMonthKind, {
  name: 'CashMonthKind',
  description: 'Mois passé (réel) ou à venir (prévisionnel).',
  valuesConfig: { REAL: { description: 'Réel : relevés bancaires.' }, FORECAST: { description: 'Prévisionnel.' } },
});

@ObjectType('CashPlanLine', { description: 'Une ligne d’un mois du plan de trésorerie.' })
export class CashPlanLine {
  @Field(() => CashSource, { description: 'Origine.' }) source: CashSource;
  @Field(() => String, { description: 'Libellé.' }) label: string;
  @Field(() => Direction, { description: 'Entrée (recette) ou sortie (dépense).' }) direction: Direction;
  @Field(() => MoneyScalar, { description: 'Montant.' }) amount: number;
}

@ObjectType('CashPlanMonth', { description: 'Un mois du plan de trésorerie.' })
export class CashPlanMonth {
  @Field(() => String, { description: 'Mois (AAAA-MM).' }) month: string;
  @Field(() => CashMonthKind, { description: 'Réel ou prévisionnel.' }) kind: CashMonthKind;
  @Field(() => MoneyScalar, { description: 'Solde d’ouverture.' }) opening: number;
  @Field(() => MoneyScalar, { description: 'Entrées.' }) inflow: number;
  @Field(() => MoneyScalar, { description: 'Sorties.' }) outflow: number;
  @Field(() => MoneyScalar, { description: 'Solde de clôture : ouverture + entrées − sorties.' }) closing: number;
  @Field(() => Boolean, { description: 'Vrai quand le solde de clôture passe sous le seuil demandé.' }) belowThreshold: boolean;
  @Field(() => [CashPlanLine], { description: 'Le détail du mois.' }) lines: CashPlanLine[];
}

@Directive('@key(fields: "year threshold")')
@ObjectType('CashPlan', { description: 'Le plan de trésorerie d’une année, mois par mois, réel puis prévisionnel.' })
export class CashPlan {
  @Field(() => Int, { description: 'Année civile.' }) year: number;
  @Field(() => MoneyScalar, { description: 'Seuil d’alerte du solde.' }) threshold: number | string;

  @Directive('@external')
  @Field(() => CashPlanAccounting, { nullable: true, description: 'Ce qu’Odoo apporte au plan de trésorerie ; null quand Odoo ne répond pas et qu’aucune lecture n’est gardée.' })
  accounting?: CashPlanAccounting | null;
}
