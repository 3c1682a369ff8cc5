import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Like } from 'typeorm';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { BudgetLineEntity } from '../entities/index.js';
import { Grant, toGrant } from '../grant/grant.type.js';
import { planningLoaders } from '../planning-loaders.js';
import { BudgetLine, BudgetLineInput, toBudgetLine } from './budget-line.type.js';
import { BudgetService } from './budget.service.js';

@Authorized()
@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @Query(() => [BudgetLine], { description: 'Les lignes de prévisionnel d’un cercle (lui seul) pour une année.' })
  async budgetLines(
    @Ctx() ctx: InternalContext,
    @Arg('circleId', () => ID, { description: 'Cercle.' }) circleId: string,
    @Arg('year', () => Int, { description: 'Année civile.' }) year: number,
  ): Promise<BudgetLine[]> {
    const rows = await ctx.db.getRepository(BudgetLineEntity).find({ where: { circleId, period: Like(`${year}-%`) }, order: { period: 'ASC', category: 'ASC', label: 'ASC' } });
    return rows.map(toBudgetLine);
  }

  @Mutation(() => BudgetLine, { description: 'Ajoute une ligne de prévisionnel.' })
  async createBudgetLine(@Ctx() ctx: InternalContext, @Arg('input', () => BudgetLineInput) input: BudgetLineInput): Promise<BudgetLine> {
    return toBudgetLine(await new BudgetService(ctx.db, ctx.identity, ctx.today).create(input));
  }

  @Mutation(() => BudgetLine, { description: 'Modifie une ligne de prévisionnel.' })
  async updateBudgetLine(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string, @Arg('input', () => BudgetLineInput) input: BudgetLineInput): Promise<BudgetLine> {
    return toBudgetLine(await new BudgetService(ctx.db, ctx.identity, ctx.today).update(id, input));
  }

  @Mutation(() => Boolean, { description: 'Supprime une ligne de prévisionnel.' })
  async deleteBudgetLine(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return new BudgetService(ctx.db, ctx.identity, ctx.today).remove(id);
  }

  @FieldResolver(() => Circle, { description: 'Le cercle de la ligne.' })
  async circle(@Root() line: BudgetLine, @Ctx() ctx: InternalContext): Promise<Circle> {
    return toCircle((await ctx.loaders.circleById.load(line.circleId))!);
  }

  @FieldResolver(() => Grant, { nullable: true, description: 'La subvention qui finance la ligne.' })
  async grant(@Root() line: BudgetLine, @Ctx() ctx: InternalContext): Promise<Grant | null> {
    if (!line.grantId) return null;
    const row = await planningLoaders(ctx).grantById.load(line.grantId);
    return row ? toGrant(row) : null;
  }
}
