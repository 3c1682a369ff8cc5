import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, centsFromDecimal, DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Like } from 'typeorm';
import type { InternalContext } from '../../context.js';
import { Direction } from '../categories.js';
import { CashLineEntity } from '../entities/index.js';
import { forecastOf } from '../forecast/forecast.service.js';
import { yearRange } from '../period.js';
import { planningLoaders } from '../planning-loaders.js';
import { cashPlan } from './cash-plan.js';
import { CashPlan, CashPlanMonth } from './cash-plan.type.js';

const requiredAccounting =
  'accounting { openingBalance months { month inflow outflow } openDocuments { number partnerName direction dueDate residual category } actual { category amount } readAt stale }';

type Computed = ReturnType<typeof cashPlan> | null;
const computed = new WeakMap<CashPlan, Promise<Computed>>();

/** The cash plan of a year, computed once per entity whatever the number of fields asked. */
function compute(plan: CashPlan, ctx: InternalContext): Promise<Computed> {
  let result = computed.get(plan);
  if (!result) {
    result = (async () => {
      if (!plan.accounting) return null;
      const forecast = forecastOf(await planningLoaders(ctx).forecast.load(plan.year), plan.year, 'ALL');
      const instalments: Array<{ label: string; expected_on: string; expected_cents: string; received_cents: string | null }> = await ctx.db.query(
        `SELECT g.funder || ' – ' || g.label AS label, to_char(i.expected_on, 'YYYY-MM-DD') AS expected_on, i.expected_cents, i.received_cents
           FROM grant_instalment i JOIN "grant" g ON g.id = i.grant_id WHERE g.status NOT IN ('REJECTED', 'CLOSED')`,
      );
      const manual = await ctx.db.getRepository(CashLineEntity).find({ where: { month: Like(`${plan.year}-%`) } });
      return cashPlan({
        year: plan.year,
        today: ctx.today,
        threshold: typeof plan.threshold === 'number' ? plan.threshold : centsFromDecimal(plan.threshold),
        forecast,
        accounting: plan.accounting,
        instalments: instalments.map((i) => ({ label: `Versement ${i.label}`, expectedOn: i.expected_on, expected: Number(i.expected_cents), received: i.received_cents === null ? null : Number(i.received_cents) })),
        manualLines: manual.map((m) => ({ month: m.month, direction: m.direction as Direction, amount: m.amountCents, label: m.label })),
      });
    })();
    computed.set(plan, result);
  }
  return result;
}

@Authorized()
@Resolver(() => CashPlan)
export class CashPlanResolver {
  @Query(() => CashPlan, { description: 'Le plan de trésorerie d’une année : réel des relevés bancaires pour les mois passés, prévisionnel ensuite.' })
  cashPlan(
    @Arg('year', () => Int, { description: 'Année civile.' }) year: number,
    @Arg('threshold', () => MoneyScalar, { defaultValue: 0, description: 'Seuil sous lequel un mois est signalé (0 € par défaut).' }) threshold: number,
  ): CashPlan {
    if (year < yearRange.min || year > yearRange.max) throw new BadUserInputError(`Année hors limites : ${year}.`, 'year');
    return Object.assign(new CashPlan(), { year, threshold });
  }

  @Directive(`@requires(fields: "${requiredAccounting}")`)
  @FieldResolver(() => Boolean, { description: 'Faux quand Odoo n’a pas répondu : le plan ne peut pas être calculé.' })
  bankAvailable(@Root() plan: CashPlan): boolean {
    return Boolean(plan.accounting);
  }

  @Directive(`@requires(fields: "${requiredAccounting}")`)
  @FieldResolver(() => Boolean, { description: 'Vrai quand une partie des données d’Odoo vient de la dernière lecture réussie.' })
  stale(@Root() plan: CashPlan): boolean {
    return plan.accounting?.stale ?? false;
  }

  @Directive(`@requires(fields: "${requiredAccounting}")`)
  @FieldResolver(() => DateTimeISOScalar, { nullable: true, description: 'Moment de lecture des données d’Odoo.' })
  readAt(@Root() plan: CashPlan): Date | null {
    return plan.accounting ? new Date(plan.accounting.readAt) : null;
  }

  @Directive(`@requires(fields: "${requiredAccounting}")`)
  @FieldResolver(() => MoneyScalar, { nullable: true, description: 'Solde de tous les comptes au 1er janvier.' })
  async openingBalance(@Root() plan: CashPlan, @Ctx() ctx: InternalContext): Promise<number | null> {
    return (await compute(plan, ctx))?.openingBalance ?? null;
  }

  @Directive(`@requires(fields: "${requiredAccounting}")`)
  @FieldResolver(() => MoneyScalar, { nullable: true, description: 'Le solde de clôture le plus bas de l’année.' })
  async lowestBalance(@Root() plan: CashPlan, @Ctx() ctx: InternalContext): Promise<number | null> {
    return (await compute(plan, ctx))?.lowestBalance ?? null;
  }

  @Directive(`@requires(fields: "${requiredAccounting}")`)
  @FieldResolver(() => [CashPlanMonth], { description: 'Les douze mois ; vide quand Odoo n’a pas répondu.' })
  async months(@Root() plan: CashPlan, @Ctx() ctx: InternalContext): Promise<CashPlanMonth[]> {
    return ((await compute(plan, ctx))?.months ?? []) as CashPlanMonth[];
  }
}
