import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { Member, toMember } from '../../member/member.type.js';
import { Role, toRole } from '../../role/role.type.js';
import { isUuid } from '../../validation.js';
import { Decision, toDecision } from '../decision/decision.type.js';
import { TensionEntity } from '../entities/index.js';
import { TensionStatus } from '../enums.js';
import { raiseTension, updateTension } from './tension.service.js';
import { Tension, TensionInput, TensionUpdateInput, toTension } from './tension.type.js';

@InputType('TensionFilter', { description: 'Filtres des tensions.' })
export class TensionFilter {
  @Field(() => ID, { nullable: true, description: 'Seulement ce cercle.' })
  circleId?: string | null;

  @Field(() => [TensionStatus], { nullable: true, description: 'Seulement ces états.' })
  statuses?: TensionStatus[] | null;
}

@Authorized()
@Resolver(() => Tension)
export class TensionResolver {
  @Query(() => [Tension], { description: 'Les tensions, les plus récentes d’abord.' })
  async tensions(@Ctx() ctx: InternalContext, @Arg('filter', () => TensionFilter, { nullable: true, description: 'Filtres.' }) filter: TensionFilter | null): Promise<Tension[]> {
    if (filter?.circleId && !isUuid(filter.circleId)) return [];
    const rows = await ctx.db.getRepository(TensionEntity).find({
      where: { ...(filter?.circleId ? { circleId: filter.circleId } : {}), ...(filter?.statuses?.length ? { status: In(filter.statuses) } : {}) },
      order: { createdAt: 'DESC' },
    });
    return rows.map(toTension);
  }

  @Mutation(() => Tension, { description: 'Porte une tension à un cercle, au nom de la personne connectée.' })
  async raiseTension(@Ctx() ctx: InternalContext, @Arg('input', () => TensionInput, { description: 'La tension.' }) input: TensionInput): Promise<Tension> {
    return toTension(await raiseTension(ctx, input));
  }

  @Mutation(() => Tension, { description: 'Fait avancer une tension (état, décision qui l’a traitée).' })
  async updateTension(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'La tension.' }) id: string,
    @Arg('input', () => TensionUpdateInput, { description: 'Ce qui change.' }) input: TensionUpdateInput,
  ): Promise<Tension> {
    return toTension(await updateTension(ctx, id, input));
  }

  @FieldResolver(() => Circle, { description: 'Le cercle concerné.' })
  async circle(@Root() tension: Tension, @Ctx() ctx: InternalContext): Promise<Circle> {
    const row = await ctx.loaders.circleById.load(tension.circleId);
    if (!row) throw new Error(`Tension ${tension.id} has no circle`);
    return toCircle(row);
  }

  @FieldResolver(() => Role, { nullable: true, description: 'Le rôle d’où elle est ressentie.' })
  async role(@Root() tension: Tension, @Ctx() ctx: InternalContext): Promise<Role | null> {
    const row = tension.roleId ? await ctx.loaders.roleById.load(tension.roleId) : null;
    return row ? toRole(row) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'La personne qui l’a soulevée.' })
  async raisedBy(@Root() tension: Tension, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = tension.raisedById ? await ctx.loaders.memberById.load(tension.raisedById) : null;
    return row ? toMember(row) : null;
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'La décision qui l’a traitée.' })
  async decision(@Root() tension: Tension, @Ctx() ctx: InternalContext): Promise<Decision | null> {
    const row = tension.decisionId ? await ctx.loaders.decisionById.load(tension.decisionId) : null;
    return row ? toDecision(row) : null;
  }
}
