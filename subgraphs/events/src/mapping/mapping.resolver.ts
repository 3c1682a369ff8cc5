import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { Event } from '../event/event.type.js';
import { Member } from '../member/member.type.js';
import { TicketProduct } from '../product/product.type.js';
import type { ProductEventEntity } from '../store/entities/index.js';
import { ProductEventLink } from './mapping.type.js';

export function toLink(entity: ProductEventEntity): ProductEventLink {
  return { productId: entity.productId, eventId: entity.eventId, linkedAt: entity.createdAt, linkedById: entity.createdBy };
}

@Resolver(() => ProductEventLink)
export class ProductEventLinkResolver {
  @Authorized()
  @Query(() => [ProductEventLink], { description: 'Les rattachements produit → évènement que tient le hub, du plus ancien au plus récent.' })
  async productEventLinks(@Ctx() context: EventsContext): Promise<ProductEventLink[]> {
    return (await context.store.allProductLinks()).map(toLink);
  }

  @Authorized('ADMIN')
  @Mutation(() => ProductEventLink, {
    description: 'Rattache un produit TiBillet à un évènement : ses ventes compteront pour lui. Le produit et l’évènement doivent exister dans TiBillet ; sinon rien n’est enregistré. Réservé aux administrateur·rices.',
  })
  async linkProductToEvent(
    @Arg('productId', () => ID, { description: 'Identifiant TiBillet (uuid) du produit.' }) productId: string,
    @Arg('eventId', () => ID, { description: 'Identifiant TiBillet (uuid) de l’évènement.' }) eventId: string,
    @Ctx() context: EventsContext,
  ): Promise<ProductEventLink> {
    return toLink(await context.mapping.mapProduct(productId, eventId, context.identity.memberId));
  }

  @Authorized('ADMIN')
  @Mutation(() => ProductEventLink, { description: 'Détache un produit d’un évènement ; renvoie le rattachement supprimé. Réservé aux administrateur·rices.' })
  async unlinkProductFromEvent(
    @Arg('productId', () => ID, { description: 'Identifiant TiBillet (uuid) du produit.' }) productId: string,
    @Arg('eventId', () => ID, { description: 'Identifiant TiBillet (uuid) de l’évènement.' }) eventId: string,
    @Ctx() context: EventsContext,
  ): Promise<ProductEventLink> {
    return toLink(await context.mapping.unmapProduct(productId, eventId, context.identity.memberId));
  }

  @FieldResolver(() => TicketProduct, { nullable: true, description: 'Le produit, tel que TiBillet le décrit ; null s’il n’y existe plus.' })
  product(@Root() link: ProductEventLink, @Ctx() context: EventsContext): Promise<TicketProduct | null> {
    return context.loaders.product.load(link.productId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'L’évènement ; null s’il n’existe plus dans TiBillet.' })
  event(@Root() link: ProductEventLink, @Ctx() context: EventsContext): Promise<Event | null> {
    return context.loaders.event.load(link.eventId);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Qui a fait le rattachement ; null pour les données de démonstration.' })
  linkedBy(@Root() link: ProductEventLink): Member | null {
    return link.linkedById ? { id: link.linkedById } : null;
  }
}
