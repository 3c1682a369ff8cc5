import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AccountingCategory, AccountingDirection } from '../categories/category.js';

@Directive('@shareable')
@ObjectType('CategoryAmount', { simpleResolvers: true, description: 'Un montant réel rangé dans une catégorie budgétaire du collectif.' })
export class CategoryAmount {
  @Field(() => AccountingCategory, { description: 'Catégorie budgétaire.' })
  category!: AccountingCategory;

  @Field(() => AccountingDirection, { description: 'Dépense ou recette.' })
  direction!: AccountingDirection;

  @Field(() => String, { description: 'Nom de la catégorie tel que le collectif l’emploie (« Bienveillance », « Subventions »…).' })
  label!: string;

  @Field(() => MoneyScalar, { description: 'Montant : dépensé pour une dépense, encaissé ou facturé pour une recette ; un avoir le diminue.' })
  amount!: number;
}

@Directive('@shareable')
@ObjectType('MonthActuals', { simpleResolvers: true, description: 'Le réalisé d’un mois, par catégorie.' })
export class MonthActuals {
  @Field(() => String, { description: 'Mois, au format AAAA-MM (ex. « 2026-03 »).' })
  month!: string;

  @Field(() => MoneyScalar, { description: 'Total dépensé dans le mois.' })
  spent!: number;

  @Field(() => MoneyScalar, { description: 'Total encaissé ou facturé dans le mois.' })
  collected!: number;

  @Field(() => [CategoryAmount], { description: 'Les huit catégories (quatre de dépense, quatre de recette), même à zéro.' })
  categories!: CategoryAmount[];
}

@Directive('@shareable')
@ObjectType('CircleActuals', {
  simpleResolvers: true,
  description: 'Le réalisé comptable d’un cercle et de ses sous-cercles (ou de toute l’organisation) sur une année civile, tel que l’enregistre Odoo : lignes analytiques des factures et pièces comptabilisées.',
})
export class CircleActuals {
  @Field(() => Int, { description: 'Année civile concernée.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'Total dépensé (charges imputées au compte analytique du cercle et de ses descendants).' })
  spent!: number;

  @Field(() => MoneyScalar, { description: 'Total encaissé ou facturé (produits : ventes, prestations, subventions, recettes internes).' })
  collected!: number;

  @Field(() => [CategoryAmount], { description: 'Dépensé et encaissé par catégorie : les huit catégories, même à zéro, dépenses d’abord.' })
  categories!: CategoryAmount[];

  @Field(() => [MonthActuals], { description: 'Les douze mois de l’année, de janvier à décembre.' })
  months!: MonthActuals[];

  @Field(() => DateTimeISOScalar, { description: 'Moment où ces montants ont été lus dans Odoo.' })
  readAt!: Date;

  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que ces montants sont la dernière lecture réussie.' })
  stale!: boolean;
}

@Directive('@shareable')
@ObjectType('CommittedAmount', { simpleResolvers: true, description: 'L’engagé d’un cercle : factures fournisseurs comptabilisées ou en brouillon, pas encore payées (reste à payer).' })
export class CommittedAmount {
  @Field(() => MoneyScalar, { description: 'Reste à payer sur ces factures, pour la part imputée au cercle et à ses sous-cercles.' })
  amount!: number;

  @Field(() => Int, { description: 'Nombre de factures fournisseurs concernées.' })
  billCount!: number;

  @Field(() => DateTimeISOScalar, { description: 'Moment où ces factures ont été lues dans Odoo.' })
  readAt!: Date;

  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que ce montant vient de la dernière lecture réussie.' })
  stale!: boolean;
}
