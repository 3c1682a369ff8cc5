import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { EventsContext } from '../context.js';
import { TicketProduct } from './product.type.js';

@Resolver(() => TicketProduct)
export class TicketProductResolver {
  @Authorized()
  @Query(() => [TicketProduct], { description: 'Les produits publiés dans la billetterie (billets, adhésions) et leurs tarifs.' })
  ticketProducts(@Ctx() context: EventsContext): Promise<TicketProduct[]> {
    return context.products.list();
  }
}
