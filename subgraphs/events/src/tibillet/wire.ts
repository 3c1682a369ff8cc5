/** TiBillet API v2 JSON shapes (schema.org), as `api_v2/serializers.py` emits them.
 * Event and Product drop top-level keys whose value is null, "" or []: every top-level key is optional. */

export interface WirePostalAddress {
  '@type': 'PostalAddress';
  name: string | null;
  streetAddress: string | null;
  addressLocality: string | null;
  addressRegion: string | null;
  postalCode: string | null;
  addressCountry: string | null;
  geo?: { '@type': 'GeoCoordinates'; latitude: number; longitude: number };
  image?: string[];
}

export interface WireEvent {
  '@context'?: string;
  '@type'?: string;
  additionalType?: string;
  identifier?: string;
  name?: string;
  description?: string;
  disambiguatingDescription?: string;
  startDate?: string;
  endDate?: string;
  location?: { '@type': 'Place'; address?: WirePostalAddress | null };
  url?: string;
  superEvent?: { '@type': 'Event'; identifier: string; name: string | null };
  maximumAttendeeCapacity?: number;
  image?: string[];
  sameAs?: string;
  eventStatus?: string;
  audience?: { '@type': 'Audience'; audienceType: string };
  keywords?: string[];
  offers?: {
    '@type': 'Offer';
    eligibleQuantity?: { '@type': 'QuantitativeValue'; maxValue: number };
    returnPolicy?: { '@type': 'MerchantReturnPolicy'; merchantReturnDays: number };
  };
  additionalProperty?: Array<{ '@type': 'PropertyValue'; name: string; value: unknown }>;
}

export interface WireOffer {
  '@type': 'Offer';
  identifier?: string;
  name?: string;
  /** `str(Price.prix)`: always two decimals ("10.00"). */
  price?: string;
  priceCurrency?: string;
  freePrice?: boolean;
  inventoryLevel?: { '@type': 'QuantitativeValue'; value: number };
  eligibleQuantity?: { '@type': 'QuantitativeValue'; maxValue: number };
  additionalProperty?: Array<{ '@type': 'PropertyValue'; name: string; value: unknown }>;
}

export interface WireProduct {
  '@context'?: string;
  '@type'?: 'Product';
  identifier?: string;
  sku?: string;
  name?: string;
  description?: string;
  /** The translated `categorie_article` label ("Ticket booking"…). */
  category?: string;
  offers?: WireOffer[];
}

export interface WirePropertyValue {
  '@type': 'PropertyValue';
  name: string;
  value: string;
  description?: string;
}

/** One line of the sales journal (`LigneArticle`), rendered as a schema.org Product. */
export interface WireSaleLine {
  '@context'?: string;
  '@type'?: 'Product';
  name?: string;
  sku?: string;
  category?: string;
  description?: string | null;
  productID?: string;
  /** UTC with microseconds, e.g. "2026-08-14T17:02:11.531204+00:00": when the line was created. */
  datePublished?: string;
  /** `price` is the unpadded unit price incl. VAT ("10", "12.5"); `offers` is null when the amount is null. */
  offers?: { '@type': 'Offer'; price: string; priceCurrency: string } | null;
  additionalProperty?: WirePropertyValue[];
  image?: string;
}

export interface WireResults<T> {
  results: T[];
}

export interface WireSalesList {
  '@context': string;
  '@type': 'ItemList';
  itemListElement: WireSaleLine[];
  startDate: string;
  endDate: string;
}
