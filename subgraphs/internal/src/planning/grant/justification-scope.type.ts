import { Directive, Field, ObjectType } from 'type-graphql';
import { BudgetCategory } from '../categories.js';

/** What a grant finances, as the accounting subgraph needs it to sum the actual spending that justifies it. */
@Directive('@shareable')
@ObjectType('GrantJustificationScope', { description: 'Une ligne financée par une subvention : un cercle, une catégorie, des mois (dans la période de la subvention).' })
export class GrantJustificationScope {
  @Field(() => String, { description: 'Code analytique du cercle de la ligne.' }) analyticCode: string;
  @Field(() => BudgetCategory, { description: 'Catégorie de la ligne.' }) category: BudgetCategory;
  @Field(() => String, { description: 'Premier mois compté (AAAA-MM).' }) fromMonth: string;
  @Field(() => String, { description: 'Dernier mois compté (AAAA-MM).' }) toMonth: string;
}
