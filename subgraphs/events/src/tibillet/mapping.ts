import { centsFromDecimal } from '@alambic/subgraph-kit';
import { EventCategory } from '../event/event-category.js';
import { ProductKind } from '../product/product-kind.js';
import { REUNION_OFFSET } from '../time.js';
import type { WireEvent, WireOffer, WirePostalAddress, WireProduct, WireSaleLine } from './wire.js';

/** Pure functions, TiBillet schema.org JSON → the hub's records. A missing key means null (or an empty list). */

export interface EventLocationRecord {
  name: string | null;
  /** Street, postcode and town on one line, as people write it. */
  address: string | null;
}

export interface EventRecord {
  id: string;
  name: string;
  category: EventCategory;
  start: Date;
  end: Date | null;
  description: string | null;
  location: EventLocationRecord | null;
  capacity: number | null;
  url: string | null;
  parentEventId: string | null;
}

export interface PriceRecord {
  id: string;
  name: string;
  /** Integer cents, parsed exactly from TiBillet's decimal string; null when absent or unreadable. */
  amountCents: number | null;
  freePrice: boolean;
}

export interface ProductRecord {
  id: string;
  name: string;
  kind: ProductKind;
  description: string | null;
  prices: PriceRecord[];
}

export interface SaleLineRecord {
  id: string;
  productId: string | null;
  productName: string | null;
  /** TiBillet's translated product category label, as sent. */
  category: string | null;
  /** Unit price incl. VAT, integer cents; null when TiBillet sends no offer (amount unknown). */
  unitPriceCents: number | null;
  /** Exact quantity as a decimal string without useless zeros ("2", "0.5"). */
  quantity: string;
  /** unit price × quantity, exact, rounded half away from zero to the cent; null when the price is unknown. */
  totalCents: number | null;
  vatPercent: string | null;
  /** TiBillet payment method code (CA cash, CC card, SN Stripe…); null when TiBillet omits it. */
  paymentMethod: string | null;
  /** TiBillet line status (V valid, R refunded, N credit note…); null when omitted. */
  status: string | null;
  /** When the line was created in TiBillet (start of an online checkout, or the sale at the till). */
  createdAt: Date;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Parses an ISO-8601 datetime. TiBillet sends an offset; a naive one is read in the tenant's zone (Réunion). */
export function parseInstant(value: unknown): Date | null {
  const raw = text(value);
  if (!raw) return null;
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(raw);
  const date = new Date(hasOffset ? raw : `${raw}${REUNION_OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const normalise = (label: string) =>
  label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** `additionalType` is TiBillet's category label in the tenant's language: English msgids and French renderings. */
const categoryByLabel: Record<string, EventCategory> = {
  concert: EventCategory.CONCERT,
  festival: EventCategory.FESTIVAL,
  meeting: EventCategory.MEETING,
  reunion: EventCategory.MEETING,
  conference: EventCategory.CONFERENCE,
  catering: EventCategory.CATERING,
  restauration: EventCategory.CATERING,
  workcamp: EventCategory.WORKCAMP,
  chantier: EventCategory.WORKCAMP,
  volunteering: EventCategory.VOLUNTEERING,
  benevolat: EventCategory.VOLUNTEERING,
  action: EventCategory.VOLUNTEERING,
};

/** `@type` as TiBillet's CATEGORY_TO_SCHEMA_TYPE writes it (CHT and ACT both give the generic `Event`). */
const categoryBySchemaType: Record<string, EventCategory> = {
  musicevent: EventCategory.CONCERT,
  festival: EventCategory.FESTIVAL,
  socialevent: EventCategory.MEETING,
  educationevent: EventCategory.CONFERENCE,
  foodevent: EventCategory.CATERING,
};

/**
 * The category of an event, by this rule:
 * 1. `additionalType`, when it is one of TiBillet's category labels (English or French, case and accents ignored);
 * 2. otherwise, a child event (`superEvent` present) is VOLUNTEERING: TiBillet forces every child to `ACT`;
 * 3. otherwise `@type`: MusicEvent → CONCERT, Festival → FESTIVAL, SocialEvent → MEETING,
 *    EducationEvent → CONFERENCE, FoodEvent → CATERING;
 * 4. otherwise (the generic `Event`, or anything unknown) WORKCAMP, as TiBillet's own reverse mapping does.
 */
export function categoryOf(event: Pick<WireEvent, '@type' | 'additionalType' | 'superEvent'>): EventCategory {
  const byLabel = event.additionalType ? categoryByLabel[normalise(event.additionalType)] : undefined;
  if (byLabel) return byLabel;
  if (event.superEvent) return EventCategory.VOLUNTEERING;
  const byType = event['@type'] ? categoryBySchemaType[normalise(event['@type'])] : undefined;
  return byType ?? EventCategory.WORKCAMP;
}

export function mapLocation(location: WireEvent['location']): EventLocationRecord | null {
  const address: Partial<WirePostalAddress> = location?.address ?? {};
  const town = [text(address.postalCode), text(address.addressLocality)].filter(Boolean).join(' ');
  const line = [text(address.streetAddress), town || null, text(address.addressRegion)].filter(Boolean).join(', ');
  const name = text(address.name);
  if (!name && !line) return null;
  return { name, address: line || null };
}

/** An event, or null when TiBillet sent one without identifier, name or readable start. */
export function mapEvent(wire: WireEvent): EventRecord | null {
  const id = text(wire.identifier);
  const name = text(wire.name);
  const start = parseInstant(wire.startDate);
  if (!id || !name || !start) return null;
  return {
    id,
    name,
    category: categoryOf(wire),
    start,
    end: parseInstant(wire.endDate),
    description: text(wire.description) ?? text(wire.disambiguatingDescription),
    location: mapLocation(wire.location),
    capacity: Number.isInteger(wire.maximumAttendeeCapacity) ? (wire.maximumAttendeeCapacity as number) : null,
    url: text(wire.url),
    parentEventId: text(wire.superEvent?.identifier),
  };
}

/** A decimal price string ("10.00", "12.5", "10") in exact cents; null when absent or not a plain decimal. */
export function priceCents(value: unknown): number | null {
  const raw = text(value);
  if (!raw) return null;
  try {
    return centsFromDecimal(raw);
  } catch {
    return null;
  }
}

function mapPrice(offer: WireOffer): PriceRecord | null {
  const id = text(offer.identifier);
  if (!id) return null;
  return { id, name: text(offer.name) ?? '', amountCents: priceCents(offer.price), freePrice: offer.freePrice === true };
}

const kindByLabel: Record<string, ProductKind> = {
  'ticket booking': ProductKind.TICKET,
  billet: ProductKind.TICKET,
  'reservation payante': ProductKind.TICKET,
  'free booking': ProductKind.FREE_BOOKING,
  'reservation gratuite': ProductKind.FREE_BOOKING,
  'subscription or membership': ProductKind.MEMBERSHIP,
  'adhesion ou abonnement': ProductKind.MEMBERSHIP,
  adhesion: ProductKind.MEMBERSHIP,
};

export function productKindOf(category: string | undefined): ProductKind {
  return (category && kindByLabel[normalise(category)]) || ProductKind.OTHER;
}

export function mapProduct(wire: WireProduct): ProductRecord | null {
  const id = text(wire.identifier) ?? text(wire.sku);
  const name = text(wire.name);
  if (!id || !name) return null;
  const prices = (wire.offers ?? []).map(mapPrice).filter((p): p is PriceRecord => p !== null);
  return { id, name, kind: productKindOf(wire.category), description: text(wire.description), prices };
}

const quantityPattern = /^(-?)(\d+)(?:\.(\d{1,6}))?$/;
const MILLION = 1_000_000n;

/** A quantity ("2.000000", "1", "0.5") in millionths, exactly; null when unreadable. */
export function quantityMillionths(value: unknown): bigint | null {
  const match = typeof value === 'string' ? quantityPattern.exec(value.trim()) : null;
  if (!match) return null;
  const [, sign, units, decimals = ''] = match;
  const millionths = BigInt(units) * MILLION + BigInt(decimals.padEnd(6, '0'));
  return sign === '-' ? -millionths : millionths;
}

function formatMillionths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const decimals = String(abs % MILLION).padStart(6, '0').replace(/0+$/, '');
  return `${sign}${abs / MILLION}${decimals ? `.${decimals}` : ''}`;
}

/** unit cents × quantity in millionths, rounded half away from zero to the cent: no float on the way. */
export function lineTotalCents(unitCents: number, millionths: bigint): number {
  const product = BigInt(unitCents) * millionths;
  const abs = product < 0n ? -product : product;
  const rounded = (abs * 2n + MILLION) / (2n * MILLION);
  return Number(product < 0n ? -rounded : rounded);
}

/** One sale line, or null when it lacks its line uuid, creation time or a readable quantity. */
export function mapSaleLine(wire: WireSaleLine): SaleLineRecord | null {
  const property = (name: string) => text(wire.additionalProperty?.find((p) => p.name === name)?.value);
  const id = property('sale_line_uuid');
  const createdAt = parseInstant(wire.datePublished);
  const millionths = quantityMillionths(property('quantity'));
  if (!id || !createdAt || millionths === null) return null;
  const unitPriceCents = wire.offers ? priceCents(wire.offers.price) : null;
  return {
    id,
    productId: text(wire.sku) ?? text(wire.productID),
    productName: text(wire.name),
    category: text(wire.category),
    unitPriceCents,
    quantity: formatMillionths(millionths),
    totalCents: unitPriceCents === null ? null : lineTotalCents(unitPriceCents, millionths),
    vatPercent: property('vat'),
    paymentMethod: property('payment_method'),
    status: property('status'),
    createdAt,
  };
}
