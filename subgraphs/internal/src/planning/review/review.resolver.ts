import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { centsFromDecimal } from '@alambic/subgraph-kit';
import { Circle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { forecastOf } from '../forecast/forecast.service.js';
import { Forecast } from '../forecast/forecast.type.js';
import { planningLoaders } from '../planning-loaders.js';
import { claimsCommitted } from '../../work/claim/committed.js';
import { review } from './review.js';
import { BudgetReview, CircleBudget } from './review.type.js';

const ORGANISATION = 'organisation';
const requiredActuals = 'actual { categories { category amount } months { month categories { category amount } } readAt stale } committed { amount }';

@Authorized()
@Resolver(() => CircleBudget)
export class CircleBudgetResolver {
  @FieldResolver(() => Forecast, { description: 'Le prévu de l’année (lignes de prévisionnel et transferts internes, sous-cercles compris).' })
  async forecast(@Root() budget: CircleBudget, @Ctx() ctx: InternalContext): Promise<Forecast> {
    return forecastOf(await planningLoaders(ctx).forecast.load(budget.year), budget.year, budget.circleId === ORGANISATION ? 'ALL' : budget.circleId);
  }

  @Directive(`@requires(fields: "${requiredActuals}")`)
  @FieldResolver(() => BudgetReview, { description: 'Prévu contre réel (lu dans Odoo par le sous-graphe accounting), par catégorie et par mois, et les alertes.' })
  async review(@Root() budget: CircleBudget, @Ctx() ctx: InternalContext): Promise<BudgetReview> {
    const planned = await this.forecast(budget, ctx);
    const actual = budget.actual ?? null;
    const odooCommitted = budget.committed ? (typeof budget.committed.amount === 'number' ? budget.committed.amount : centsFromDecimal(budget.committed.amount)) : null;
    // Committed = Odoo's unpaid bills plus the hub's own pipeline: validated co-remuneration claims not yet paid.
    const claims = (await claimsCommitted(ctx, budget.year)).get(budget.circleId === ORGANISATION ? 'ALL' : budget.circleId) ?? 0;
    const committed = odooCommitted === null ? null : odooCommitted + claims;
    const result = review(planned, actual, committed, ctx.today);
    return {
      ...result,
      actualAvailable: actual !== null,
      actualStale: actual?.stale ?? false,
      actualReadAt: actual ? new Date(actual.readAt) : null,
    } as BudgetReview;
  }
}

@Authorized()
@Resolver(() => Circle)
export class CircleBudgetEntryResolver {
  @FieldResolver(() => CircleBudget, { description: 'Le budget du cercle (et de ses sous-cercles) pour une année : prévu, réel, engagé, alertes.' })
  budget(@Root() circle: Circle, @Arg('year', () => Int, { description: 'Année civile.' }) year: number): CircleBudget {
    return Object.assign(new CircleBudget(), { circleId: circle.id, analyticCode: circle.analyticCode, year });
  }

  @Query(() => CircleBudget, { description: 'Le budget consolidé de toute l’organisation pour une année.' })
  organisationBudget(@Arg('year', () => Int, { description: 'Année civile.' }) year: number): CircleBudget {
    return Object.assign(new CircleBudget(), { circleId: ORGANISATION, analyticCode: '', year });
  }
}
