import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { InternalTransferEntity } from '../entities/index.js';
import { InternalTransfer, InternalTransferInput, toInternalTransfer } from './transfer.type.js';
import { TransferService } from './transfer.service.js';

@Authorized()
@Resolver(() => InternalTransfer)
export class InternalTransferResolver {
  @Query(() => [InternalTransfer], { description: 'Les transferts internes d’une année, d’un cercle (payeur ou receveur) ou de tous.' })
  async internalTransfers(
    @Ctx() ctx: InternalContext,
    @Arg('year', () => Int, { description: 'Année civile.' }) year: number,
    @Arg('circleId', () => ID, { nullable: true, description: 'Cercle payeur ou receveur.' }) circleId?: string | null,
  ): Promise<InternalTransfer[]> {
    const query = ctx.db
      .getRepository(InternalTransferEntity)
      .createQueryBuilder('t')
      .where("to_char(t.transfer_date, 'YYYY') = :year", { year: String(year) })
      .orderBy('t.transfer_date', 'ASC');
    if (circleId) query.andWhere('(t.from_circle_id = :circleId OR t.to_circle_id = :circleId)', { circleId });
    return (await query.getMany()).map(toInternalTransfer);
  }

  @Mutation(() => InternalTransfer, { description: 'Enregistre un transfert interne (compté en dépense interne d’un côté, en recette interne de l’autre).' })
  async bookInternalTransfer(@Ctx() ctx: InternalContext, @Arg('input', () => InternalTransferInput) input: InternalTransferInput): Promise<InternalTransfer> {
    return toInternalTransfer(await new TransferService(ctx.db, ctx.identity, ctx.today).book(input));
  }

  @Mutation(() => InternalTransfer, { description: 'Modifie un transfert interne (par exemple : prévu → réalisé).' })
  async updateInternalTransfer(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InternalTransferInput) input: InternalTransferInput,
  ): Promise<InternalTransfer> {
    return toInternalTransfer(await new TransferService(ctx.db, ctx.identity, ctx.today).update(id, input));
  }

  @Mutation(() => Boolean, { description: 'Supprime un transfert interne.' })
  async deleteInternalTransfer(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return new TransferService(ctx.db, ctx.identity, ctx.today).remove(id);
  }

  @FieldResolver(() => Circle, { description: 'Le cercle qui paie.' })
  async from(@Root() t: InternalTransfer, @Ctx() ctx: InternalContext): Promise<Circle> {
    return toCircle((await ctx.loaders.circleById.load(t.fromCircleId))!);
  }

  @FieldResolver(() => Circle, { description: 'Le cercle qui reçoit.' })
  async to(@Root() t: InternalTransfer, @Ctx() ctx: InternalContext): Promise<Circle> {
    return toCircle((await ctx.loaders.circleById.load(t.toCircleId))!);
  }
}
