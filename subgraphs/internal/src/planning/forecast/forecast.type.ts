import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { BudgetCategory, Direction } from '../categories.js';

@ObjectType('PlannedCategoryAmount', { description: 'Un montant prévu dans une catégorie.' })
export class CategoryAmount {
  @Field(() => BudgetCategory, { description: 'Catégorie.' })
  category: BudgetCategory;

  @Field(() => Direction, { description: 'Dépense ou recette.' })
  direction: Direction;

  @Field(() => MoneyScalar, { description: 'Montant.' })
  amount: number;
}

@ObjectType('PlannedMonthAmount', { description: 'Un montant prévu d’une catégorie pour un mois.' })
export class MonthCategoryAmount {
  @Field(() => String, { description: 'Mois (AAAA-MM).' })
  month: string;

  @Field(() => BudgetCategory, { description: 'Catégorie.' })
  category: BudgetCategory;

  @Field(() => MoneyScalar, { description: 'Montant.' })
  amount: number;
}

@ObjectType('Forecast', {
  description:
    'Le prévisionnel d’un cercle (avec ses sous-cercles) ou de toute l’organisation pour une année : lignes de prévisionnel et transferts internes ; un transfert dont les deux cercles sont inclus s’annule.',
})
export class Forecast {
  @Field(() => Int, { description: 'Année civile.' })
  year: number;

  @Field(() => MoneyScalar, { description: 'Total des dépenses prévues.' })
  expense: number;

  @Field(() => MoneyScalar, { description: 'Total des recettes prévues.' })
  income: number;

  @Field(() => [CategoryAmount], { description: 'Par catégorie (les catégories sans montant sont à 0).' })
  byCategory: CategoryAmount[];

  @Field(() => [MonthCategoryAmount], { description: 'Par mois et catégorie (un semestre est réparti au centime sur ses six mois).' })
  byMonth: MonthCategoryAmount[];
}
