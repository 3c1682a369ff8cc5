import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteeringContext } from '../context.js';
import { CircleRef, CircleVolunteering } from './circle.type.js';

@Resolver(() => CircleRef)
export class CircleVolunteeringResolver {
  @Authorized()
  @Directive('@requires(fields: "ocecoProjectId")')
  @FieldResolver(() => CircleVolunteering, {
    nullable: true,
    description: 'Les actions bénévoles du cercle dans Oceco et leurs totaux ; vide (linked: false) pour un cercle sans pôle Oceco.',
  })
  volunteerActions(@Root() circle: CircleRef, @Ctx() context: VolunteeringContext): Promise<CircleVolunteering> {
    return context.circles.of(circle.ocecoProjectId);
  }
}
