import { formatCents } from '@alambic/subgraph-kit';
import { formatReunion } from '../../time.js';
import type { WireEvent, WireProduct, WireSaleLine } from '../wire.js';
import type { SimEvent, SimProduct, SimSaleLine, SimTenant } from './model.js';

/** The serializers of `api_v2/serializers.py`: Event and Product drop top-level keys that are null, "" or []. */
function prune<T extends object>(payload: Record<string, unknown>): T {
  return Object.fromEntries(
    Object.entries(payload).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const schemaType: Record<string, string> = { LIV: 'MusicEvent', FES: 'Festival', REU: 'SocialEvent', CON: 'EducationEvent', RES: 'FoodEvent', CHT: 'Event', ACT: 'Event' };
/** `get_categorie_display()` in the tenant's active language (the English msgids). */
const categoryLabel: Record<string, string> = { LIV: 'Concert', FES: 'Festival', REU: 'Meeting', CON: 'Conference', RES: 'Catering', CHT: 'Workcamp', ACT: 'Volunteering' };
const productCategory: Record<string, string> = { B: 'Ticket booking', F: 'Free booking', A: 'Subscription or membership', N: 'None' };

export function eventJson(event: SimEvent, tenant: SimTenant): WireEvent {
  const venue = tenant.venue;
  const offers: Record<string, unknown> = { '@type': 'Offer' };
  if (event.maxPerUser !== null) offers.eligibleQuantity = { '@type': 'QuantitativeValue', maxValue: event.maxPerUser };
  if (event.refundDeadline !== null) offers.returnPolicy = { '@type': 'MerchantReturnPolicy', merchantReturnDays: event.refundDeadline };
  return prune<WireEvent>({
    '@context': 'https://schema.org',
    '@type': schemaType[event.categorie],
    additionalType: categoryLabel[event.categorie],
    identifier: event.uuid,
    name: event.name,
    description: event.longDescription || event.shortDescription,
    disambiguatingDescription: event.shortDescription,
    startDate: formatReunion(event.start),
    endDate: event.end ? formatReunion(event.end) : null,
    location: venue
      ? {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            name: venue.name,
            streetAddress: venue.streetAddress,
            addressLocality: venue.addressLocality,
            addressRegion: null,
            postalCode: venue.postalCode,
            addressCountry: 'FR',
            geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude },
          },
        }
      : null,
    url: `https://${tenant.domain}/event/${event.slug}/`,
    superEvent: event.parent ? { '@type': 'Event', identifier: event.parent.uuid, name: event.parent.name } : null,
    maximumAttendeeCapacity: event.capacity,
    image: event.images,
    eventStatus: event.published ? 'https://schema.org/EventScheduled' : 'https://schema.org/EventCancelled',
    keywords: event.tags,
    offers,
  });
}

export function productJson(product: SimProduct): WireProduct {
  const offers = [...product.prices]
    .sort((a, b) => a.order - b.order)
    .map((price) => ({
      '@type': 'Offer',
      identifier: price.uuid,
      name: price.name,
      // str(Price.prix) of a Decimal(6,2): always two decimals.
      price: formatCents(price.cents),
      priceCurrency: 'EUR',
      freePrice: false,
      ...(price.stock === null ? {} : { inventoryLevel: { '@type': 'QuantitativeValue', value: price.stock } }),
      ...(price.maxPerUser === null ? {} : { eligibleQuantity: { '@type': 'QuantitativeValue', maxValue: price.maxPerUser } }),
      ...(product.categorie === 'A'
        ? { additionalProperty: [
            { '@type': 'PropertyValue', name: 'recurringPayment', value: false },
            { '@type': 'PropertyValue', name: 'subscriptionType', value: 'Y' },
          ] }
        : {}),
    }));
  return prune<WireProduct>({
    '@context': 'https://schema.org',
    '@type': 'Product',
    identifier: product.uuid,
    sku: product.uuid,
    name: product.name,
    description: product.description,
    category: productCategory[product.categorie],
    offers,
  });
}

/** `str(Decimal(amount) / Decimal(100))`: the unit price without padding ("10", "12.5", "3.5"). */
export function unpaddedPrice(cents: number): string {
  return formatCents(cents).replace(/\.?0+$/, '');
}

/** `datetime.isoformat()` of an aware UTC datetime: microseconds and `+00:00`. */
function utcWithMicroseconds(date: Date, micro: number): string {
  return `${date.toISOString().slice(0, 23)}${String(micro).padStart(3, '0')}+00:00`;
}

export function saleLineJson(line: SimSaleLine): WireSaleLine {
  const property = (name: string, value: string, description: string) => ({ '@type': 'PropertyValue' as const, name, value, description });
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: line.product.name,
    sku: line.product.uuid,
    category: productCategory[line.product.categorie],
    description: line.product.description || null,
    productID: line.product.uuid,
    datePublished: utcWithMicroseconds(line.datetime, line.micro),
    offers: line.amount === null ? null : { '@type': 'Offer', price: unpaddedPrice(line.amount), priceCurrency: 'EUR' },
    additionalProperty: [
      property('sale_line_uuid', line.uuid, 'Identifiant unique de la ligne de vente'),
      property('quantity', line.qty, 'Quantité vendue'),
      property('vat', line.product.vat, 'TVA appliquée en pourcentage'),
      ...(line.paymentMethod ? [property('payment_method', line.paymentMethod, 'Méthode de paiement')] : []),
      ...(line.status ? [property('status', line.status, 'Statut de la ligne')] : []),
    ],
  };
}
