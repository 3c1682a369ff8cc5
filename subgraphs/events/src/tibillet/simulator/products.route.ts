import type { SimTenant } from './model.js';
import { json, notFound, type Reply } from './reply.js';
import { productJson } from './serialize.js';

/** `GET /api/v2/products/`: products with `publish=True, archive=False`. */
export function listProducts(tenant: SimTenant): Reply {
  return json(200, { results: tenant.products.filter((p) => p.publish && !p.archive).map(productJson) });
}

/** `GET /api/v2/products/{uuid}/`: `archive=False` only. */
export function retrieveProduct(tenant: SimTenant, id: string): Reply {
  const product = tenant.products.find((p) => p.uuid === id.toLowerCase() && !p.archive);
  return product ? json(200, productJson(product)) : notFound();
}
