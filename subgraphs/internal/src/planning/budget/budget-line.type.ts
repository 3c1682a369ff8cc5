import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { BudgetLineEntity } from '../entities/index.js';
import { BudgetCategory, Direction, directionOf } from '../categories.js';

@ObjectType('BudgetLine', { description: 'Une ligne de prévisionnel : un montant, une catégorie, un cercle, une période.' })
export class BudgetLine {
  @Field(() => ID, { description: 'Identifiant de la ligne.' })
  id: string;

  @Field(() => String, { description: 'Période : un mois (AAAA-MM) ou un semestre (AAAA-S1, AAAA-S2).' })
  period: string;

  @Field(() => BudgetCategory, { description: 'Catégorie budgétaire.' })
  category: BudgetCategory;

  @Field(() => Direction, { description: 'Dépense ou recette (déduit de la catégorie).' })
  direction: Direction;

  @Field(() => String, { description: 'Libellé.' })
  label: string;

  @Field(() => MoneyScalar, { description: 'Montant prévu.' })
  amount: number;

  @Field(() => Date, { description: 'Dernière modification.' })
  updatedAt: Date;

  circleId: string;
  grantId: string | null;
  updatedBy: string | null;
}

export function toBudgetLine(e: BudgetLineEntity): BudgetLine {
  const category = e.category as BudgetCategory;
  return Object.assign(new BudgetLine(), {
    id: e.id,
    period: e.period,
    category,
    direction: directionOf(category),
    label: e.label,
    amount: e.amountCents,
    updatedAt: e.updatedAt,
    circleId: e.circleId,
    grantId: e.grantId,
    updatedBy: e.updatedBy,
  });
}

@InputType('BudgetLineInput', { description: 'Une ligne de prévisionnel à enregistrer.' })
export class BudgetLineInput {
  @Field(() => ID, { description: 'Cercle concerné.' })
  circleId: string;

  @Field(() => String, { description: 'Période : AAAA-MM ou AAAA-S1 / AAAA-S2.' })
  period: string;

  @Field(() => BudgetCategory, { description: 'Catégorie (les transferts internes se saisissent comme transferts).' })
  category: BudgetCategory;

  @Field(() => String, { description: 'Libellé.' })
  label: string;

  @Field(() => MoneyScalar, { description: 'Montant prévu, positif.' })
  amount: number;

  @Field(() => ID, { nullable: true, description: 'Subvention qui finance cette ligne.' })
  grantId?: string | null;
}
