import { describe, expect, it } from 'vitest';
import { EventCategory } from '../src/event/event-category.js';
import { ProductKind } from '../src/product/product-kind.js';
import { categoryOf, lineTotalCents, mapEvent, mapProduct, mapSaleLine, priceCents, quantityMillionths } from '../src/tibillet/mapping.js';
import { effectiveEnd, formatReunion, nextPivot } from '../src/time.js';

describe('mapEvent', () => {
  it('maps a full schema.org Event', () => {
    const event = mapEvent({
      '@type': 'MusicEvent',
      additionalType: 'Concert',
      identifier: '7d51dee7-1b2c-4d5e-8f90-0123456789ab',
      name: 'Soirée Dub',
      description: 'La longue description',
      disambiguatingDescription: 'La courte',
      startDate: '2026-08-14T20:00:00+04:00',
      endDate: '2026-08-15T02:00:00+04:00',
      location: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress', name: 'La Raffinerie', streetAddress: '1 chemin de la Friche', addressLocality: 'Saint-Paul',
          addressRegion: null, postalCode: '97460', addressCountry: 'FR',
        },
      },
      url: 'https://raffinerie.tibillet.coop/event/soiree-dub-260814-2000-7d51dee7/',
      maximumAttendeeCapacity: 50,
    });
    expect(event).toEqual({
      id: '7d51dee7-1b2c-4d5e-8f90-0123456789ab',
      name: 'Soirée Dub',
      category: EventCategory.CONCERT,
      start: new Date('2026-08-14T16:00:00Z'),
      end: new Date('2026-08-14T22:00:00Z'),
      description: 'La longue description',
      location: { name: 'La Raffinerie', address: '1 chemin de la Friche, 97460 Saint-Paul' },
      capacity: 50,
      url: 'https://raffinerie.tibillet.coop/event/soiree-dub-260814-2000-7d51dee7/',
      parentEventId: null,
    });
  });

  it('reads omitted keys as null, and the short description when the long one is absent', () => {
    const event = mapEvent({ identifier: 'x', name: 'Brouillon', startDate: '2027-03-20T20:00:00+04:00', disambiguatingDescription: 'court' });
    expect(event).toMatchObject({ end: null, location: null, capacity: null, url: null, parentEventId: null, description: 'court' });
    expect(mapEvent({ identifier: 'x', name: 'Sans rien', startDate: '2027-03-20T20:00:00+04:00' })?.description).toBeNull();
  });

  it('drops an event without identifier, name or readable start', () => {
    expect(mapEvent({ name: 'a', startDate: '2026-01-01T00:00:00+04:00' })).toBeNull();
    expect(mapEvent({ identifier: 'a', startDate: '2026-01-01T00:00:00+04:00' })).toBeNull();
    expect(mapEvent({ identifier: 'a', name: 'a', startDate: 'demain soir' })).toBeNull();
  });

  it('reads a naive datetime in Réunion time', () => {
    expect(mapEvent({ identifier: 'a', name: 'a', startDate: '2026-09-12T20:00:00' })?.start.toISOString()).toBe('2026-09-12T16:00:00.000Z');
  });
});

describe('categoryOf', () => {
  it('uses the category label first, in English or French', () => {
    expect(categoryOf({ '@type': 'Event', additionalType: 'Workcamp' })).toBe(EventCategory.WORKCAMP);
    expect(categoryOf({ '@type': 'SocialEvent', additionalType: 'Réunion' })).toBe(EventCategory.MEETING);
    expect(categoryOf({ '@type': 'FoodEvent', additionalType: 'Restauration' })).toBe(EventCategory.CATERING);
    expect(categoryOf({ '@type': 'Event', additionalType: 'Volunteering' })).toBe(EventCategory.VOLUNTEERING);
  });

  it('falls back to superEvent, then @type, then WORKCAMP for the generic Event', () => {
    expect(categoryOf({ '@type': 'Event', additionalType: 'Inconnu', superEvent: { '@type': 'Event', identifier: 'p', name: 'P' } })).toBe(EventCategory.VOLUNTEERING);
    expect(categoryOf({ '@type': 'MusicEvent' })).toBe(EventCategory.CONCERT);
    expect(categoryOf({ '@type': 'Festival' })).toBe(EventCategory.FESTIVAL);
    expect(categoryOf({ '@type': 'EducationEvent' })).toBe(EventCategory.CONFERENCE);
    expect(categoryOf({ '@type': 'Event' })).toBe(EventCategory.WORKCAMP);
    expect(categoryOf({})).toBe(EventCategory.WORKCAMP);
  });
});

describe('prices and quantities', () => {
  it('parses decimal prices exactly into cents', () => {
    expect(priceCents('10.00')).toBe(1000);
    expect(priceCents('12.5')).toBe(1250);
    expect(priceCents('10')).toBe(1000);
    expect(priceCents('0.07')).toBe(7);
    expect(priceCents('19.99')).toBe(1999);
    expect(priceCents('1.005')).toBeNull();
    expect(priceCents('dix')).toBeNull();
    expect(priceCents(undefined)).toBeNull();
  });

  it('parses "2.000000" and "1" quantities and multiplies without floats', () => {
    expect(quantityMillionths('2.000000')).toBe(2_000_000n);
    expect(quantityMillionths('1')).toBe(1_000_000n);
    expect(quantityMillionths('0.5')).toBe(500_000n);
    expect(quantityMillionths('deux')).toBeNull();
    expect(lineTotalCents(1250, 3_000_000n)).toBe(3750);
    expect(lineTotalCents(1999, 3_000_000n)).toBe(5997);
    expect(lineTotalCents(333, 500_000n)).toBe(167);
  });

  it('maps a product with its offers in order', () => {
    const product = mapProduct({
      identifier: 'p1', name: 'Billet', category: 'Ticket booking',
      offers: [
        { '@type': 'Offer', identifier: 'a', name: 'Plein tarif', price: '10.00', priceCurrency: 'EUR', freePrice: false },
        { '@type': 'Offer', identifier: 'b', name: 'Réduit', price: '7.50' },
        { '@type': 'Offer', name: 'sans identifiant', price: '1.00' },
      ],
    });
    expect(product).toEqual({
      id: 'p1', name: 'Billet', kind: ProductKind.TICKET, description: null,
      prices: [
        { id: 'a', name: 'Plein tarif', amountCents: 1000, freePrice: false },
        { id: 'b', name: 'Réduit', amountCents: 750, freePrice: false },
      ],
    });
    expect(mapProduct({ identifier: 'p2', name: 'Adhésion', category: 'Subscription or membership' })).toMatchObject({ kind: ProductKind.MEMBERSHIP, prices: [] });
  });

  it('maps a sale line with unpadded price, quantity and optional keys', () => {
    const line = mapSaleLine({
      name: 'Billet Soirée Dub', sku: 'p1', category: 'Ticket booking', datePublished: '2026-08-14T17:02:11.531204+00:00',
      offers: { '@type': 'Offer', price: '12.5', priceCurrency: 'EUR' },
      additionalProperty: [
        { '@type': 'PropertyValue', name: 'sale_line_uuid', value: 'l1' },
        { '@type': 'PropertyValue', name: 'quantity', value: '2.000000' },
        { '@type': 'PropertyValue', name: 'vat', value: '2.10' },
      ],
    });
    expect(line).toEqual({
      id: 'l1', productId: 'p1', productName: 'Billet Soirée Dub', category: 'Ticket booking', unitPriceCents: 1250, quantity: '2',
      totalCents: 2500, vatPercent: '2.10', paymentMethod: null, status: null, createdAt: new Date('2026-08-14T17:02:11.531Z'),
    });
    const noOffer = mapSaleLine({ datePublished: '2026-08-14T17:02:11+00:00', offers: null, additionalProperty: [
      { '@type': 'PropertyValue', name: 'sale_line_uuid', value: 'l2' }, { '@type': 'PropertyValue', name: 'quantity', value: '1' }] });
    expect(noOffer).toMatchObject({ unitPriceCents: null, totalCents: null, quantity: '1' });
  });
});

describe('Réunion time', () => {
  it('ends an evening at 04:00 the next day when TiBillet gives no end', () => {
    expect(formatReunion(nextPivot(new Date('2026-09-12T20:00:00+04:00')))).toBe('2026-09-13T04:00:00+04:00');
    expect(formatReunion(nextPivot(new Date('2026-09-13T02:30:00+04:00')))).toBe('2026-09-13T04:00:00+04:00');
    expect(formatReunion(nextPivot(new Date('2026-09-13T04:00:00+04:00')))).toBe('2026-09-14T04:00:00+04:00');
    const end = new Date('2026-09-13T02:00:00+04:00');
    expect(effectiveEnd(new Date('2026-09-12T20:00:00+04:00'), end)).toBe(end);
  });
});
