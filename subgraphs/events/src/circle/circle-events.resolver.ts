import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { Event } from '../event/event.type.js';
import { eventsOrganisedBy } from './circle-events.service.js';
import { Circle } from './circle.type.js';

@Resolver(() => Circle)
export class CircleEventsResolver {
  @Authorized()
  @FieldResolver(() => [Event], {
    nullable: true,
    description: 'Les évènements que ce cercle organise (d’après le hub : TiBillet ne le sait pas), par date de début ; null avec une erreur nommant TiBillet quand la billetterie ne répond pas.',
  })
  events(
    @Root() circle: Circle,
    @Arg('upcoming', () => Boolean, { defaultValue: false, description: 'Seulement les évènements pas encore terminés.' }) upcoming: boolean,
    @Ctx() context: EventsContext,
  ): Promise<Event[]> {
    return eventsOrganisedBy(circle.id, upcoming, context.events.currentTime(), context.loaders);
  }
}
