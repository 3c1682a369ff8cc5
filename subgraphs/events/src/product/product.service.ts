import type { TibilletConnector } from '../tibillet/client.js';
import type { ProductRecord } from '../tibillet/mapping.js';
import { toGraphQLError, upstream } from '../upstream-errors.js';
import type { TicketProduct } from './product.type.js';

export function toTicketProduct(product: ProductRecord, read: { readAt: Date; stale: boolean }): TicketProduct {
  return {
    ...product,
    prices: product.prices.map(({ amountCents, ...price }) => ({ ...price, amount: amountCents })),
    readAt: read.readAt,
    stale: read.stale,
  };
}

/** Products on sale, with their prices in exact cents (one cached TiBillet list). */
export class ProductService {
  constructor(private readonly tibillet: TibilletConnector) {}

  async list(): Promise<TicketProduct[]> {
    const read = await upstream(this.tibillet.listProducts());
    return read.value.map((product) => toTicketProduct(product, read));
  }

  /** Products by id, in order, null for the unknown: the cached list serves the published ones; the others (drinks sold
   * at the till only) are retrieved one by one. A failed retrieve fails only its own id. */
  async byIds(ids: readonly string[]): Promise<Array<TicketProduct | null | Error>> {
    const read = await upstream(this.tibillet.listProducts());
    const known = new Map(read.value.map((product) => [product.id, product]));
    return Promise.all(
      ids.map(async (id) => {
        const product = known.get(id);
        if (product) return toTicketProduct(product, read);
        try {
          const one = await this.tibillet.getProduct(id);
          return one.value ? toTicketProduct(one.value, one) : null;
        } catch (error) {
          return toGraphQLError(error) as Error;
        }
      }),
    );
  }
}
