import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { Member, toMember } from '../../member/member.type.js';
import { Role, toRole } from '../../role/role.type.js';
import { isUuid } from '../../validation.js';
import { DecisionEntity } from '../entities/index.js';
import { DecisionLinkKind, DecisionStatus } from '../enums.js';
import { DecisionInput } from './decision.input.js';
import { recordDecision, updateDecision } from './decision.service.js';
import { Decision, DecisionLink, Objection, toDecision } from './decision.type.js';

@InputType('DecisionFilter', { description: 'Filtres du registre des décisions.' })
export class DecisionFilter {
  @Field(() => ID, { nullable: true, description: 'Seulement ce cercle.' })
  circleId?: string | null;

  @Field(() => [DecisionStatus], { nullable: true, description: 'Seulement ces états.' })
  statuses?: DecisionStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Seulement les décisions adoptées dont la date de révision est passée ou aujourd’hui.' })
  reviewDue?: boolean | null;
}

@Authorized()
@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => [Decision], { description: 'Le registre des décisions, les plus récentes d’abord.' })
  async decisions(
    @Ctx() ctx: InternalContext,
    @Arg('filter', () => DecisionFilter, { nullable: true, description: 'Filtres.' }) filter: DecisionFilter | null,
  ): Promise<Decision[]> {
    if (filter?.circleId && !isUuid(filter.circleId)) return [];
    const rows = await ctx.db.getRepository(DecisionEntity).find({
      where: {
        ...(filter?.circleId ? { circleId: filter.circleId } : {}),
        ...(filter?.statuses?.length ? { status: In(filter.statuses) } : {}),
      },
      order: { createdAt: 'DESC' },
    });
    const due = (d: DecisionEntity) => d.status === 'ADOPTED' && d.reviewOn !== null && d.reviewOn <= ctx.today;
    return rows.filter((d) => !filter?.reviewDue || due(d)).map(toDecision);
  }

  @Query(() => Decision, { nullable: true, description: 'Une décision par son identifiant.' })
  async decision(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Identifiant de la décision.' }) id: string): Promise<Decision | null> {
    const row = isUuid(id) ? await ctx.db.getRepository(DecisionEntity).findOneBy({ id }) : null;
    return row ? toDecision(row) : null;
  }

  @Mutation(() => Decision, {
    description: 'Enregistre une décision : toute personne connectée peut proposer ; une décision adoptée ou rejetée est enregistrée par le ou la facilitateur·trice du cercle ou un·e administrateur·rice.',
  })
  async recordDecision(@Ctx() ctx: InternalContext, @Arg('input', () => DecisionInput, { description: 'La décision.' }) input: DecisionInput): Promise<Decision> {
    return toDecision(await recordDecision(ctx, input));
  }

  @Mutation(() => Decision, { description: 'Modifie une décision ou enregistre son résultat.' })
  async updateDecision(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'La décision.' }) id: string,
    @Arg('input', () => DecisionInput, { description: 'Ce qui change.' }) input: DecisionInput,
  ): Promise<Decision> {
    return toDecision(await updateDecision(ctx, id, input));
  }

  @FieldResolver(() => Circle, { description: 'Le cercle qui décide.' })
  async circle(@Root() decision: Decision, @Ctx() ctx: InternalContext): Promise<Circle> {
    const row = await ctx.loaders.circleById.load(decision.circleId);
    if (!row) throw new Error(`Decision ${decision.id} has no circle`);
    return toCircle(row);
  }

  @FieldResolver(() => Boolean, { description: 'Vrai quand la décision est adoptée et que sa date de révision est arrivée.' })
  reviewDue(@Root() decision: Decision, @Ctx() ctx: InternalContext): boolean {
    return decision.status === DecisionStatus.ADOPTED && decision.reviewOn !== null && decision.reviewOn <= ctx.today;
  }
}

@Authorized()
@Resolver(() => Objection)
export class ObjectionResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'La personne qui a levé l’objection, si elle est nommée.' })
  async raisedBy(@Root() objection: Objection, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = objection.raisedById ? await ctx.loaders.memberById.load(objection.raisedById) : null;
    return row ? toMember(row) : null;
  }
}

@Authorized()
@Resolver(() => DecisionLink)
export class DecisionLinkResolver {
  @FieldResolver(() => Role, { nullable: true, description: 'Le rôle modifié, pour un lien vers un rôle.' })
  async role(@Root() link: DecisionLink, @Ctx() ctx: InternalContext): Promise<Role | null> {
    if (link.kind !== DecisionLinkKind.ROLE || !isUuid(link.reference)) return null;
    const row = await ctx.loaders.roleById.load(link.reference);
    return row ? toRole(row) : null;
  }
}
