import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CircleActuals, CommittedAmount } from '../actuals/actuals.type.js';
import type { AccountingContext } from '../context.js';
import { CircleBudget } from './circle-budget.type.js';

const ORGANISATION = 'organisation';

/** What really happened, for the budget comparison made in `internal`; batched like every accounting field. */
@Resolver(() => CircleBudget)
export class CircleBudgetResolver {
  @Authorized()
  @FieldResolver(() => CircleActuals, { nullable: true, description: 'Le réel de l’année selon Odoo, par catégorie et par mois ; null sans compte analytique ou quand Odoo ne répond pas.' })
  actual(@Root() budget: CircleBudget, @Ctx() context: AccountingContext): Promise<CircleActuals | null> {
    if (budget.circleId === ORGANISATION) return context.actuals.organisation(budget.year);
    return context.loaders.actualsOf(budget.analyticCode, budget.year);
  }

  @Authorized()
  @FieldResolver(() => CommittedAmount, { nullable: true, description: 'L’engagé selon Odoo (factures fournisseurs non payées) ; null sans compte analytique ou quand Odoo ne répond pas.' })
  async committed(@Root() budget: CircleBudget, @Ctx() context: AccountingContext): Promise<CommittedAmount | null> {
    if (budget.circleId === ORGANISATION) return (await context.actuals.committed([null]))[0] ?? null;
    return context.loaders.committedOf(budget.analyticCode);
  }
}
