import { describe, expect, it } from 'vitest';
import { ProductKind } from '../src/product/product-kind.js';
import { lineEffect } from '../src/sales/line-effect.js';
import { paymentMethodLabel } from '../src/sales/payment-method.js';
import { DOOR_MARGIN_MS, eveningEnd, PRESALE_DAYS, salePeriod } from '../src/sales/sale-period.js';
import { summarise } from '../src/sales/summary.js';
import type { ProductRecord, SaleLineRecord } from '../src/tibillet/mapping.js';

const reunion = (local: string) => new Date(`${local}+04:00`);
let serial = 0;
function line(overrides: Partial<SaleLineRecord>): SaleLineRecord {
  serial += 1;
  return {
    id: `line-${serial}`,
    productId: 'ticket',
    productName: 'Billet Soirée',
    category: 'Ticket booking',
    unitPriceCents: 1250,
    quantity: '1',
    totalCents: 1250,
    vatPercent: '2.10',
    paymentMethod: 'SN',
    status: 'V',
    createdAt: reunion('2026-09-01T10:00:00'),
    ...overrides,
  };
}

const products = new Map<string, ProductRecord>([
  ['ticket', { id: 'ticket', name: 'Billet Soirée', kind: ProductKind.TICKET, description: null, prices: [{ id: 'p1', name: 'Plein tarif', amountCents: 1250, freePrice: false }, { id: 'p2', name: 'Tarif réduit', amountCents: 800, freePrice: false }] }],
]);

describe('sale periods', () => {
  it('ends an evening at 04:00 the next day in Réunion time, or later when the event ends later', () => {
    expect(eveningEnd({ id: 'a', start: reunion('2026-09-12T20:00:00'), end: reunion('2026-09-13T02:00:00') })).toEqual(reunion('2026-09-13T04:00:00'));
    expect(eveningEnd({ id: 'b', start: reunion('2026-09-26T14:00:00'), end: null })).toEqual(reunion('2026-09-27T04:00:00'));
    expect(eveningEnd({ id: 'c', start: reunion('2026-12-18T17:00:00'), end: reunion('2026-12-20T23:00:00') })).toEqual(reunion('2026-12-20T23:00:00'));
  });

  it('counts presales for a product of one event, only the evening for a product shared by several', () => {
    const event = { id: 'dub', start: reunion('2026-09-12T20:00:00'), end: reunion('2026-09-13T02:00:00') };
    expect(salePeriod(event, 1)).toEqual({ from: new Date(event.start.getTime() - PRESALE_DAYS * 86_400_000), to: reunion('2026-09-13T04:00:00') });
    expect(salePeriod(event, 3)).toEqual({ from: new Date(event.start.getTime() - DOOR_MARGIN_MS), to: reunion('2026-09-13T04:00:00') });
  });
});

describe('what a sale line counts for', () => {
  it('counts confirmed lines and free bookings, deducts credit notes, leaves refunds and the rest out', () => {
    expect(['V', 'F', 'N', 'R', 'C', 'O', 'U', 'P', 'D', null].map((status) => lineEffect({ status }))).toEqual([
      'COUNTED', 'COUNTED', 'CREDIT_NOTE', 'REFUNDED', 'EXCLUDED', 'EXCLUDED', 'EXCLUDED', 'EXCLUDED', 'EXCLUDED', 'EXCLUDED',
    ]);
  });

  it('names payment methods in French', () => {
    expect(paymentMethodLabel('CA')).toBe('Espèces');
    expect(paymentMethodLabel('CC')).toBe('Carte bancaire (terminal)');
    expect(paymentMethodLabel('SN')).toBe('En ligne (Stripe)');
    expect(paymentMethodLabel(null)).toBe('Non précisé');
    expect(paymentMethodLabel('ZZ')).toBe('Autre (ZZ)');
  });

  it('sums per price and per payment method in exact cents', () => {
    const summary = summarise(
      [
        line({ quantity: '2', totalCents: 2500 }),
        line({ unitPriceCents: 800, quantity: '3', totalCents: 2400, paymentMethod: 'CA' }),
        line({ quantity: '1', totalCents: 1250, paymentMethod: 'CC' }),
        // The refunded presale is left out, the credit note cancels the card sale at the door.
        line({ quantity: '1', totalCents: 1250, status: 'R' }),
        line({ quantity: '1', totalCents: 1250, paymentMethod: 'CC', status: 'N' }),
        line({ status: 'O', paymentMethod: null }),
        line({ productId: 'beer', productName: 'Bière locale', category: 'Aucun', unitPriceCents: 350, quantity: '3', totalCents: 1050, paymentMethod: 'CA' }),
      ],
      products,
    );
    expect(summary.totalCents).toBe(2500 + 2400 + 1050);
    expect(summary.ticketsSold).toBe(5);
    expect(summary.refunds).toEqual({ lineCount: 1, amountCents: 1250 });
    expect(summary.creditNotes).toEqual({ lineCount: 1, amountCents: -1250 });
    expect(summary.excludedLineCount).toBe(1);
    expect(summary.byPrice).toEqual([
      { productId: 'ticket', productName: 'Billet Soirée', priceName: 'Plein tarif', unitPriceCents: 1250, ticket: true, quantity: 2, amountCents: 2500 },
      { productId: 'ticket', productName: 'Billet Soirée', priceName: 'Tarif réduit', unitPriceCents: 800, ticket: true, quantity: 3, amountCents: 2400 },
      { productId: 'beer', productName: 'Bière locale', priceName: null, unitPriceCents: 350, ticket: false, quantity: 3, amountCents: 1050 },
    ]);
    expect(summary.byPaymentMethod).toEqual([
      { code: 'CA', label: 'Espèces', lineCount: 2, amountCents: 3450 },
      { code: 'SN', label: 'En ligne (Stripe)', lineCount: 1, amountCents: 2500 },
      { code: 'CC', label: 'Carte bancaire (terminal)', lineCount: 2, amountCents: 0 },
    ]);
  });

  it('keeps cents exact where floats would drift', () => {
    const lines = Array.from({ length: 10 }, () => line({ unitPriceCents: 10, quantity: '1', totalCents: 10, paymentMethod: 'CA' }));
    expect(summarise(lines, products).totalCents).toBe(100);
  });
});
