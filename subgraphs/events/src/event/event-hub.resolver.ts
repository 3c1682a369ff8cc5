import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '@alambic/subgraph-kit';
import { Circle } from '../circle/circle.type.js';
import type { EventsContext } from '../context.js';
import { toLink } from '../mapping/mapping.resolver.js';
import { ProductEventLink } from '../mapping/mapping.type.js';
import { Member } from '../member/member.type.js';
import { Event } from './event.type.js';

/** What the hub knows of an event beside TiBillet: its organising circle and the products counted in its sales. */
@Resolver(() => Event)
export class EventHubResolver {
  @FieldResolver(() => Circle, { nullable: true, description: 'Le cercle (pôle) qui organise l’évènement, d’après le hub ; null s’il n’est pas renseigné.' })
  async organiser(@Root() event: Event, @Ctx() context: EventsContext): Promise<Circle | null> {
    const row = await context.loaders.organiserByEvent.load(event.id);
    return row ? { id: row.circleId } : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Quand le cercle organisateur a été renseigné.' })
  async organiserSetAt(@Root() event: Event, @Ctx() context: EventsContext): Promise<Date | null> {
    return (await context.loaders.organiserByEvent.load(event.id))?.updatedAt ?? null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Qui a renseigné le cercle organisateur ; null pour les données de démonstration.' })
  async organiserSetBy(@Root() event: Event, @Ctx() context: EventsContext): Promise<Member | null> {
    const by = (await context.loaders.organiserByEvent.load(event.id))?.updatedBy;
    return by ? { id: by } : null;
  }

  @FieldResolver(() => [ProductEventLink], { description: 'Les produits TiBillet rattachés à l’évènement par le hub : leurs ventes comptent pour lui.' })
  async productLinks(@Root() event: Event, @Ctx() context: EventsContext): Promise<ProductEventLink[]> {
    return (await context.loaders.linksByEvent.load(event.id)).map(toLink);
  }

  @Authorized('ADMIN')
  @Mutation(() => Event, {
    description: 'Désigne le cercle (pôle) qui organise un évènement, ou l’efface avec circleId null. L’évènement doit exister dans TiBillet ; sinon rien n’est enregistré. Réservé aux administrateur·rices.',
  })
  async setEventOrganiser(
    @Arg('eventId', () => ID, { description: 'Identifiant TiBillet (uuid) de l’évènement.' }) eventId: string,
    @Arg('circleId', () => ID, { nullable: true, description: 'Identifiant du cercle organisateur ; null pour l’effacer.' }) circleId: string | null,
    @Ctx() context: EventsContext,
  ): Promise<Event> {
    await context.mapping.setOrganiser(eventId, circleId ?? null, context.identity.memberId);
    context.loaders.organiserByEvent.clearAll();
    const event = await context.loaders.event.load(eventId.trim().toLowerCase());
    if (!event) throw new NotFoundError(`Évènement inconnu dans TiBillet : « ${eventId} ».`);
    return event;
  }
}
