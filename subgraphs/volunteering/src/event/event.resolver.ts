import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteeringContext } from '../context.js';
import { EventRef, EventVolunteering } from './event.type.js';

@Resolver(() => EventRef)
export class EventVolunteeringResolver {
  @Authorized()
  @Directive('@requires(fields: "name start")')
  @FieldResolver(() => EventVolunteering, {
    nullable: true,
    description: 'Les actions bénévoles de l’évènement dans Oceco ; vide (linked: false) quand aucun évènement Oceco ne correspond.',
  })
  volunteerActions(@Root() event: EventRef, @Ctx() context: VolunteeringContext): Promise<EventVolunteering> {
    return context.events.of(event);
  }
}
