import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canManageCircle } from '../access/permissions.js';
import { Circle } from '../circle/circle.type.js';
import type { InternalContext } from '../context.js';
import { Role } from '../role/role.type.js';
import { Decision, toDecision } from './decision/decision.type.js';
import { DocLink, toDocLink } from './doc-link/doc-link.type.js';
import { Objective, toObjective } from './objective/objective.type.js';
import { Tension, toTension } from './tension/tension.type.js';

/** The governance records of a circle, on the circle itself. */
@Authorized()
@Resolver(() => Circle)
export class CircleGovernanceResolver {
  @FieldResolver(() => Boolean, { description: 'Vrai quand la personne connectée peut modifier les rôles et affectations du cercle (facilitation ou administration).' })
  canManage(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<boolean> {
    return canManageCircle(ctx, circle.id);
  }

  @FieldResolver(() => [Decision], { description: 'Les décisions du cercle, les plus récentes d’abord.' })
  async decisions(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<Decision[]> {
    return (await ctx.loaders.decisionsByCircleId.load(circle.id)).map(toDecision);
  }

  @FieldResolver(() => [Tension], { description: 'Les tensions portées au cercle, les plus récentes d’abord.' })
  async tensions(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<Tension[]> {
    return (await ctx.loaders.tensionsByCircleId.load(circle.id)).map(toTension);
  }

  @FieldResolver(() => [Objective], { description: 'Les objectifs semestriels du cercle.' })
  async objectives(
    @Root() circle: Circle,
    @Ctx() ctx: InternalContext,
    @Arg('semester', () => String, { nullable: true, description: 'Seulement ce semestre (AAAA-S1 ou AAAA-S2).' }) semester: string | null,
  ): Promise<Objective[]> {
    const rows = await ctx.loaders.objectivesByCircleId.load(circle.id);
    return rows.filter((o) => !semester || o.semester === semester).map(toObjective);
  }

  @FieldResolver(() => [DocLink], { description: 'La documentation du cercle.' })
  async docLinks(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<DocLink[]> {
    return (await ctx.loaders.docLinksByCircleId.load(circle.id)).map(toDocLink);
  }
}

@Authorized()
@Resolver(() => Role)
export class RoleGovernanceResolver {
  @FieldResolver(() => [DocLink], { description: 'La documentation du rôle.' })
  async docLinks(@Root() role: Role, @Ctx() ctx: InternalContext): Promise<DocLink[]> {
    return (await ctx.loaders.docLinksByRoleId.load(role.id)).map(toDocLink);
  }
}
