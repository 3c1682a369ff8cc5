import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BudgetCategory } from '../categories.js';

/* The part of the accounting subgraph's value types that the budget review reads through @requires.
 * Same names and shapes as there (shareable value types); internal never resolves them itself. */

@Directive('@shareable')
@ObjectType('CategoryAmount', { description: 'Un montant réel rangé dans une catégorie budgétaire du collectif.' })
export class CategoryAmount {
  @Field(() => BudgetCategory, { description: 'Catégorie budgétaire.' })
  category: BudgetCategory;

  @Field(() => MoneyScalar, { description: 'Montant : dépensé pour une dépense, encaissé ou facturé pour une recette ; un avoir le diminue.' })
  amount: number | string;
}

@Directive('@shareable')
@ObjectType('MonthActuals', { description: 'Le réalisé d’un mois, par catégorie.' })
export class MonthActuals {
  @Field(() => String, { description: 'Mois, au format AAAA-MM (ex. « 2026-03 »).' })
  month: string;

  @Field(() => [CategoryAmount], { description: 'Les huit catégories (quatre de dépense, quatre de recette), même à zéro.' })
  categories: CategoryAmount[];
}

@Directive('@shareable')
@ObjectType('CircleActuals', {
  description: 'Le réalisé comptable d’un cercle et de ses sous-cercles (ou de toute l’organisation) sur une année civile, tel que l’enregistre Odoo : lignes analytiques des factures et pièces comptabilisées.',
})
export class CircleActuals {
  @Field(() => [CategoryAmount], { description: 'Dépensé et encaissé par catégorie : les huit catégories, même à zéro, dépenses d’abord.' })
  categories: CategoryAmount[];

  @Field(() => [MonthActuals], { description: 'Les douze mois de l’année, de janvier à décembre.' })
  months: MonthActuals[];

  @Field(() => DateTimeISOScalar, { description: 'Moment où ces montants ont été lus dans Odoo.' })
  readAt: Date | string;

  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que ces montants sont la dernière lecture réussie.' })
  stale: boolean;
}

@Directive('@shareable')
@ObjectType('CommittedAmount', { description: 'L’engagé d’un cercle : factures fournisseurs comptabilisées ou en brouillon, pas encore payées (reste à payer).' })
export class CommittedAmount {
  @Field(() => MoneyScalar, { description: 'Reste à payer sur ces factures, pour la part imputée au cercle et à ses sous-cercles.' })
  amount: number | string;
}
