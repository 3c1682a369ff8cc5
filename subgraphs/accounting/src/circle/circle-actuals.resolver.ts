import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AccountingContext } from '../context.js';
import { CircleActuals } from './circle-actuals.type.js';
import { Circle } from './circle.type.js';

@Resolver(() => Circle)
export class CircleActualsResolver {
  @Authorized()
  @Directive('@requires(fields: "analyticCode")')
  @FieldResolver(() => CircleActuals, {
    nullable: true,
    description: 'Dépensé et encaissé réels du cercle et de ses sous-cercles pour une année civile ; null quand aucun compte analytique Odoo ne correspond à son code.',
  })
  actuals(
    @Root() circle: Circle,
    @Arg('year', () => Int, { description: 'Année civile, ex. 2026.' }) year: number,
    @Ctx() context: AccountingContext,
  ): Promise<CircleActuals | null> {
    return context.actuals.forCircle(circle.analyticCode, year);
  }
}
