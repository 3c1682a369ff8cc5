import { MoneyScalar } from '@alambic/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Circle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { claimsCommitted } from './committed.js';

/**
 * Validated but unpaid co-remuneration counts as committed in the budget view. The budget review can add
 * `Circle.claimsCommitted(year)` (or `organisationClaimsCommitted`) to accounting's committed amount.
 */
@Authorized()
@Resolver(() => Circle)
export class CircleClaimsCommittedResolver {
  @FieldResolver(() => MoneyScalar, { description: 'Co-rémunérations validées ou facturées mais pas encore payées, sous-cercles compris, pour les travaux de l’année : l’engagé du circuit interne.' })
  async claimsCommitted(@Root() circle: Circle, @Ctx() ctx: InternalContext, @Arg('year', () => Int, { description: 'Année civile du travail.' }) year: number): Promise<number> {
    return (await claimsCommitted(ctx, year)).get(circle.id) ?? 0;
  }

  @Query(() => MoneyScalar, { description: 'Co-rémunérations validées ou facturées mais pas encore payées de toute l’organisation, pour l’année.' })
  async organisationClaimsCommitted(@Ctx() ctx: InternalContext, @Arg('year', () => Int, { description: 'Année civile du travail.' }) year: number): Promise<number> {
    return (await claimsCommitted(ctx, year)).get('ALL') ?? 0;
  }
}
