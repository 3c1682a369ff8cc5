/** The simulator's own records, shaped like Lespass's Django models (`BaseBillet/models.py`). */

export type EventCategorie = 'LIV' | 'FES' | 'REU' | 'CON' | 'RES' | 'CHT' | 'ACT';
export type Permission = 'event' | 'product' | 'sale';

export interface SimVenue {
  name: string;
  streetAddress: string;
  addressLocality: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

export interface SimEvent {
  uuid: string;
  name: string;
  slug: string;
  categorie: EventCategorie;
  start: Date;
  end: Date | null;
  capacity: number;
  shortDescription: string;
  longDescription: string;
  published: boolean;
  parent: SimEvent | null;
  maxPerUser: number | null;
  refundDeadline: number | null;
  tags: string[];
  images: string[];
}

export interface SimPrice {
  uuid: string;
  name: string;
  cents: number;
  order: number;
  stock: number | null;
  maxPerUser: number | null;
}

export interface SimProduct {
  uuid: string;
  name: string;
  /** `categorie_article`: B ticket booking, F free booking, A membership, N none. */
  categorie: 'B' | 'F' | 'A' | 'N';
  description: string;
  publish: boolean;
  archive: boolean;
  /** VAT rate in percent, as TiBillet renders it ("5.50"). */
  vat: string;
  prices: SimPrice[];
}

/** A `LigneArticle`: one line of the sales journal. */
export interface SimSaleLine {
  uuid: string;
  /** Creation time (ms precision) … */
  datetime: Date;
  /** … and the microseconds below the millisecond, for the `+00:00` rendering with 6 digits. */
  micro: number;
  product: SimProduct;
  /** Unit price in cents; null renders `offers: null`. */
  amount: number | null;
  /** Decimal(12,6) as stored, e.g. "2.000000". */
  qty: string;
  paymentMethod: string | null;
  saleOrigin: 'LP' | 'LB';
  status: string;
}

export interface SimKey {
  /** `<prefix8>.<secret32>` */
  key: string;
  permissions: Permission[];
  /** Whether the key's user is a tenant admin (required for `/sales/`). */
  admin: boolean;
}

export interface SimTenant {
  /** Schema name, e.g. `raffinerie`. */
  name: string;
  /** Primary domain, used in absolute URLs. */
  domain: string;
  /** First DNS labels that reach this tenant (`raffinerie.…`, `la-raffinerie.…`). */
  hostLabels: string[];
  venue: SimVenue | null;
  events: SimEvent[];
  products: SimProduct[];
  sales: SimSaleLine[];
  keys: SimKey[];
}
