import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Like } from 'typeorm';
import type { InternalContext } from '../../context.js';
import { CashLineEntity } from '../entities/index.js';
import { CashLine, CashLineInput, toCashLine } from './cash-line.type.js';
import { CashLineService } from './cash-line.service.js';

@Authorized()
@Resolver(() => CashLine)
export class CashLineResolver {
  @Query(() => [CashLine], { description: 'Les lignes de trésorerie saisies à la main pour une année.' })
  async cashLines(@Ctx() ctx: InternalContext, @Arg('year', () => Int, { description: 'Année civile.' }) year: number): Promise<CashLine[]> {
    return (await ctx.db.getRepository(CashLineEntity).find({ where: { month: Like(`${year}-%`) }, order: { month: 'ASC' } })).map(toCashLine);
  }

  @Mutation(() => CashLine, { description: 'Ajoute une ligne au plan de trésorerie (administration).' })
  async createCashLine(@Ctx() ctx: InternalContext, @Arg('input', () => CashLineInput) input: CashLineInput): Promise<CashLine> {
    return toCashLine(await new CashLineService(ctx.db, ctx.identity).create(input));
  }

  @Mutation(() => Boolean, { description: 'Supprime une ligne du plan de trésorerie (administration).' })
  async deleteCashLine(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return new CashLineService(ctx.db, ctx.identity).remove(id);
  }
}
