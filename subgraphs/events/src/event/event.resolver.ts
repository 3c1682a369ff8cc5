import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { Event } from './event.type.js';
import { EventsArgs } from './events.args.js';

@Resolver(() => Event)
export class EventResolver {
  @Authorized()
  @Query(() => [Event], { description: 'Les évènements publiés dans la billetterie, par date de début.' })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() context: EventsContext): Promise<Event[]> {
    return context.events.list(args);
  }

  @Authorized()
  @Query(() => Event, { nullable: true, description: 'Un évènement par son identifiant TiBillet ; null s’il est inconnu.' })
  event(@Arg('id', () => ID) id: string, @Ctx() context: EventsContext): Promise<Event | null> {
    return context.loaders.event.load(id);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'L’évènement parent d’un créneau bénévole.' })
  parentEvent(@Root() event: Event, @Ctx() context: EventsContext): Promise<Event | null> | null {
    return event.parentEventId ? context.loaders.event.load(event.parentEventId) : null;
  }
}
