import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { Event } from '../event/event.type.js';
import { toEventSales, toUnattributedSales } from './sales.mapper.js';
import { EventSales, UnattributedSales } from './sales.type.js';

@Resolver(() => Event)
export class EventSalesResolver {
  @Authorized()
  @FieldResolver(() => EventSales, {
    nullable: true,
    description: 'Les ventes de l’évènement (billets par tarif, moyens de paiement, total) ; null avec une erreur nommant TiBillet quand la billetterie ne répond pas et qu’aucune lecture récente n’est gardée.',
  })
  async sales(@Root() event: Event, @Ctx() context: EventsContext): Promise<EventSales | null> {
    const record = await context.loaders.sales.load(event.id);
    return record ? toEventSales(record) : null;
  }
}

@Resolver(() => UnattributedSales)
export class UnattributedSalesResolver {
  @Authorized()
  @Query(() => UnattributedSales, {
    nullable: true,
    description: 'Les ventes d’une période qu’aucun évènement ne compte (produit rattaché à aucun évènement, ou vendu hors de ses périodes de vente) : rien ne disparaît.',
  })
  async unmappedSales(
    @Arg('from', () => Date, { description: 'Début de la période (instant ISO avec fuseau).' }) from: Date,
    @Arg('to', () => Date, { description: 'Fin de la période (au plus 366 jours après le début).' }) to: Date,
    @Ctx() context: EventsContext,
  ): Promise<UnattributedSales> {
    return toUnattributedSales(await context.sales.unattributed(from, to));
  }
}
