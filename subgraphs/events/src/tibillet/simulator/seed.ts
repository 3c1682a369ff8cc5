import { barProducts, events as demoEvents, membershipProduct, tibilletDemo, type DemoEvent, type DemoProduct } from '@alambic/demo-data';
import { reunionLocalToIso } from '../../time.js';
import type { SimEvent, SimProduct, SimTenant } from './model.js';
import { generateSales } from './sales-seed.js';
import { eventSlug } from './slug.js';

/** A draft the venue has not published yet: absent from the list, still found by id (TiBillet's retrieve has no
 * published filter). It has no end, description or image, so its JSON shows the omitted keys. */
const draft: DemoEvent = {
  uuid: 'e0000000-0000-4000-8000-000000000099',
  name: 'Soirée surprise',
  category: 'LIV',
  start: '2027-03-20T20:00:00',
  end: '',
  capacity: 200,
  organiserCode: '1100',
  shortDescription: '',
  products: [],
  ocecoEventId: null,
};

/** A product of a past season: archived, so TiBillet lists it no more. */
const archived: SimProduct = {
  uuid: 'd0000000-0000-4000-8000-000000000999',
  name: 'Billet saison 2025',
  categorie: 'B',
  description: '',
  publish: true,
  archive: true,
  vat: '2.10',
  prices: [{ uuid: 'f0000000-0000-4000-8000-000000009991', name: 'Plein tarif', cents: 900, order: 1, stock: null, maxPerUser: null }],
};

const tagByCategory: Record<string, string | null> = { LIV: 'Concert', FES: 'Festival', REU: 'Repair', CON: 'Atelier', RES: 'Cantine', CHT: 'Jardin', ACT: null };

function toSimEvent(demo: DemoEvent, domain: string, published: boolean): SimEvent {
  const start = new Date(reunionLocalToIso(demo.start));
  const slug = eventSlug(demo.name, start, demo.uuid);
  const ticketed = demo.products.some((p) => p.category === 'B');
  const tag = tagByCategory[demo.category];
  return {
    uuid: demo.uuid,
    name: demo.name,
    slug,
    categorie: demo.category,
    start,
    end: demo.end ? new Date(reunionLocalToIso(demo.end)) : null,
    capacity: demo.capacity,
    shortDescription: demo.shortDescription,
    longDescription: '',
    published,
    parent: null,
    maxPerUser: ticketed ? 4 : null,
    refundDeadline: demo.parentUuid ? null : 7,
    tags: tag ? [tag] : [],
    images: published && (demo.category === 'LIV' || demo.category === 'FES') ? [`https://${domain}/media/images/${slug}.jpg`] : [],
  };
}

function toSimProduct(demo: DemoProduct, options: { publish: boolean; stock: number | null; vat: string }): SimProduct {
  return {
    uuid: demo.uuid,
    name: demo.name,
    categorie: demo.category,
    description: '',
    publish: options.publish,
    archive: false,
    vat: options.vat,
    prices: demo.prices.map((price, index) => ({
      uuid: price.uuid,
      name: price.name,
      cents: price.cents,
      order: index + 1,
      stock: options.stock,
      maxPerUser: demo.category === 'B' ? 4 : null,
    })),
  };
}

/** La Raffinerie's tenant, from the demo organisation: the same events, products, prices and key as every other tool. */
export function demoTenant(): SimTenant {
  const domain = 'raffinerie.tibillet.coop';
  const events = [...demoEvents.map((e) => toSimEvent(e, domain, true)), toSimEvent(draft, domain, false)];
  for (const event of events) {
    const parentUuid = demoEvents.find((d) => d.uuid === event.uuid)?.parentUuid;
    event.parent = events.find((e) => e.uuid === parentUuid) ?? null;
  }
  events.sort((a, b) => a.start.getTime() - b.start.getTime());

  const ticketProducts = demoEvents.flatMap((event) =>
    event.products.map((product) => ({ event, product: toSimProduct(product, { publish: true, stock: event.capacity, vat: '2.10' }) })),
  );
  const membership = toSimProduct(membershipProduct, { publish: true, stock: null, vat: '0.00' });
  // Bar drinks are sold at the till only: not published on the online shop.
  const bar = barProducts.map((p) => toSimProduct(p, { publish: false, stock: null, vat: '8.50' }));
  const products = [...ticketProducts.map((t) => t.product), membership, ...bar, archived];

  return {
    name: tibilletDemo.tenant,
    domain,
    hostLabels: [tibilletDemo.tenant, `la-${tibilletDemo.tenant}`],
    venue: { ...tibilletDemo.venue },
    events,
    products,
    sales: generateSales({ events, ticketProducts: ticketProducts.map((t) => ({ eventUuid: t.event.uuid, product: t.product })), membership, bar }),
    keys: [{ key: tibilletDemo.apiKey, permissions: ['event', 'product', 'sale'], admin: true }],
  };
}

/** Another venue on the same server, with its own key and nothing else: proves keys stay on their tenant. */
export function emptyTenant(name: string, key: string): SimTenant {
  return { name, domain: `${name}.tibillet.coop`, hostLabels: [name], venue: null, events: [], products: [], sales: [], keys: [{ key, permissions: ['event', 'product', 'sale'], admin: true }] };
}
