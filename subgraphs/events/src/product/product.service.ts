import type { TibilletConnector } from '../tibillet/client.js';
import { upstream } from '../upstream-errors.js';
import type { TicketProduct } from './product.type.js';

/** Products on sale, with their prices in exact cents (one cached TiBillet list). */
export class ProductService {
  constructor(private readonly tibillet: TibilletConnector) {}

  async list(): Promise<TicketProduct[]> {
    const read = await upstream(this.tibillet.listProducts());
    return read.value.map((product) => ({
      ...product,
      prices: product.prices.map(({ amountCents, ...price }) => ({ ...price, amount: amountCents })),
      readAt: read.readAt,
      stale: read.stale,
    }));
  }
}
