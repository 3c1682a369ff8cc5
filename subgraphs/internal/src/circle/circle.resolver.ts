import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { InternalContext } from '../context.js';
import { valuesOrThrow } from '../loaders.js';
import { CircleEntity } from '../entities/index.js';
import { Role, toRole } from '../role/role.type.js';
import { isVacant } from '../role/vacancy.js';
import { isUuid } from '../validation.js';
import { Circle, toCircle } from './circle.type.js';

@Authorized()
@Resolver(() => Circle)
export class CircleResolver {
  @Query(() => [Circle], { description: 'Tous les cercles, triés par code analytique.' })
  async circles(
    @Ctx() ctx: InternalContext,
    @Arg('includeArchived', () => Boolean, { defaultValue: false, description: 'Inclure les cercles archivés.' }) includeArchived: boolean,
  ): Promise<Circle[]> {
    const rows = await ctx.db.getRepository(CircleEntity).find({
      where: includeArchived ? {} : { archivedAt: IsNull() },
      order: { analyticCode: 'ASC' },
    });
    rows.forEach((row) => ctx.loaders.circleById.prime(row.id, row));
    return rows.map(toCircle);
  }

  @Query(() => Circle, { nullable: true, description: 'Un cercle par son identifiant.' })
  async circle(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Identifiant du cercle.' }) id: string): Promise<Circle | null> {
    const row = isUuid(id) ? await ctx.loaders.circleById.load(id) : null;
    return row ? toCircle(row) : null;
  }

  @FieldResolver(() => Circle, { nullable: true, description: 'Le cercle parent (vide pour un groupe).' })
  async parent(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<Circle | null> {
    if (!circle.parentId) return null;
    const row = await ctx.loaders.circleById.load(circle.parentId);
    return row ? toCircle(row) : null;
  }

  @FieldResolver(() => [Circle], { description: 'Les sous-cercles non archivés, triés par code analytique.' })
  async children(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<Circle[]> {
    return (await ctx.loaders.childrenByParentId.load(circle.id)).map(toCircle);
  }

  @FieldResolver(() => [Role], { description: 'Les rôles du cercle.' })
  async roles(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<Role[]> {
    return (await ctx.loaders.rolesByCircleId.load(circle.id)).map(toRole);
  }

  @FieldResolver(() => Int, { description: 'Nombre de rôles requis non pourvus (ou dont le mandat a pris fin).' })
  async vacantRoleCount(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<number> {
    const roles = await ctx.loaders.rolesByCircleId.load(circle.id);
    const terms = await ctx.loaders.termsByRoleId.loadMany(roles.map((r) => r.id));
    return roles.filter((role, i) => isVacant(role, valuesOrThrow(terms[i]), ctx.today)).length;
  }
}
