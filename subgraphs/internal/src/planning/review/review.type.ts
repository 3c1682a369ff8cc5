import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetCategory, Direction } from '../categories.js';
import { CircleActuals, CommittedAmount } from './actuals-snapshot.type.js';

export enum BudgetAlertKind {
  OVERRUN = 'OVERRUN',
  EARLY_OVERRUN = 'EARLY_OVERRUN',
  FORECAST_GAP = 'FORECAST_GAP',
  INCOME_BEHIND = 'INCOME_BEHIND',
}

registerEnumType(BudgetAlertKind, {
  name: 'BudgetAlertKind',
  description: 'Ce qu’une alerte budgétaire signale.',
  valuesConfig: {
    OVERRUN: { description: 'Dépassement : le réel (et l’engagé, pour le total) dépasse le prévu.' },
    EARLY_OVERRUN: { description: 'Dépassement précoce : le réel dépasse le prévu au prorata du temps écoulé, au-delà de la tolérance.' },
    FORECAST_GAP: { description: 'Année close : le réel s’écarte du prévu au-delà du seuil.' },
    INCOME_BEHIND: { description: 'Recettes en retard sur le prévu au prorata du temps écoulé.' },
  },
});

@ObjectType('BudgetAlert', { description: 'Une alerte budgétaire, avec le chiffre qui l’a déclenchée.' })
export class BudgetAlert {
  @Field(() => BudgetAlertKind, { description: 'Nature de l’alerte.' }) kind: BudgetAlertKind;
  @Field(() => BudgetCategory, { nullable: true, description: 'Catégorie concernée ; vide pour le total des dépenses.' }) category: BudgetCategory | null;
  @Field(() => String, { description: 'L’alerte en une phrase.' }) message: string;
  @Field(() => MoneyScalar, { description: 'Le chiffre qui a déclenché l’alerte.' }) figure: number;
  @Field(() => MoneyScalar, { description: 'Ce à quoi il a été comparé (prévu, ou prévu au prorata du temps).' }) reference: number;
}

@ObjectType('BudgetReviewLine', { description: 'Prévu et réel d’une catégorie sur l’année.' })
export class BudgetReviewLine {
  @Field(() => BudgetCategory, { description: 'Catégorie.' }) category: BudgetCategory;
  @Field(() => Direction, { description: 'Dépense ou recette.' }) direction: Direction;
  @Field(() => MoneyScalar, { description: 'Prévu.' }) forecast: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Réel (dépensé ou encaissé) ; vide quand Odoo n’a pas répondu.' }) actual: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Reste : prévu moins réel.' }) left: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Écart : réel moins prévu.' }) variance: number | null;
  @Field(() => Int, { nullable: true, description: 'Consommation en pour mille du prévu.' }) consumptionPerMille: number | null;
}

@ObjectType('BudgetReviewMonth', { description: 'Prévu et réel d’un mois.' })
export class BudgetReviewMonth {
  @Field(() => String, { description: 'Mois (AAAA-MM).' }) month: string;
  @Field(() => MoneyScalar, { description: 'Dépenses prévues.' }) forecastExpense: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Dépenses réelles.' }) actualExpense: number | null;
  @Field(() => MoneyScalar, { description: 'Recettes prévues.' }) forecastIncome: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Recettes réelles.' }) actualIncome: number | null;
}

@ObjectType('BudgetReviewTotals', { description: 'Totaux d’un sens (dépenses ou recettes).' })
export class BudgetReviewTotals {
  @Field(() => MoneyScalar, { description: 'Prévu.' }) forecast: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Réel : dépensé ou encaissé.' }) actual: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Engagé non payé (dépenses seulement) : factures fournisseurs d’Odoo non payées et co-rémunérations validées non payées.' }) committed: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Reste à dépenser (prévu − réel − engagé) ou à encaisser (prévu − encaissé).' }) left: number | null;
}

@ObjectType('BudgetReview', { description: 'Le suivi budgétaire : prévu contre réel, par catégorie et par mois, et les alertes, les plus graves d’abord.' })
export class BudgetReview {
  @Field(() => BudgetReviewTotals, { description: 'Dépenses : prévu, dépensé, engagé, reste à dépenser.' }) expense: BudgetReviewTotals;
  @Field(() => BudgetReviewTotals, { description: 'Recettes : prévu, encaissé, reste à encaisser.' }) income: BudgetReviewTotals;
  @Field(() => [BudgetReviewLine], { description: 'Par catégorie.' }) lines: BudgetReviewLine[];
  @Field(() => [BudgetReviewMonth], { description: 'Par mois, de janvier à décembre.' }) months: BudgetReviewMonth[];
  @Field(() => [BudgetAlert], { description: 'Alertes.' }) alerts: BudgetAlert[];
  @Field(() => Boolean, { description: 'Faux quand le réel d’Odoo manque (Odoo ne répond pas, ou pas de compte analytique) : seul le prévu est montré.' }) actualAvailable: boolean;
  @Field(() => Boolean, { description: 'Vrai quand le réel vient de la dernière lecture réussie d’Odoo.' }) actualStale: boolean;
  @Field(() => DateTimeISOScalar, { nullable: true, description: 'Moment où le réel a été lu dans Odoo.' }) actualReadAt: Date | null;
}

@Directive('@key(fields: "circleId analyticCode year")')
@ObjectType('CircleBudget', { description: 'Le budget d’un cercle (ou de l’organisation) pour une année : prévu, réel, engagé et alertes.' })
export class CircleBudget {
  @Field(() => ID, { description: 'Cercle concerné, ou « organisation ».' }) circleId: string;
  @Field(() => String, { description: 'Code analytique du cercle (vide pour l’organisation).' }) analyticCode: string;
  @Field(() => Int, { description: 'Année civile.' }) year: number;

  @Directive('@external')
  @Field(() => CircleActuals, { nullable: true, description: 'Le réel de l’année selon Odoo, par catégorie et par mois ; null sans compte analytique ou quand Odoo ne répond pas.' })
  actual?: CircleActuals | null;

  @Directive('@external')
  @Field(() => CommittedAmount, { nullable: true, description: 'L’engagé selon Odoo (factures fournisseurs non payées) ; null sans compte analytique ou quand Odoo ne répond pas.' })
  committed?: CommittedAmount | null;
}
