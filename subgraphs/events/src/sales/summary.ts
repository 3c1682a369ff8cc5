import { ProductKind } from '../product/product-kind.js';
import { productKindOf, quantityMillionths, type ProductRecord, type SaleLineRecord } from '../tibillet/mapping.js';
import { lineEffect, lineSign } from './line-effect.js';
import { paymentMethodLabel } from './payment-method.js';

const MILLION = 1_000_000n;

export interface PriceSalesRecord {
  productId: string;
  productName: string;
  /** The TiBillet price whose amount matches the line's unit price; null when none does (free price, changed price). */
  priceName: string | null;
  unitPriceCents: number | null;
  ticket: boolean;
  quantity: number;
  amountCents: number;
}

export interface PaymentSalesRecord {
  code: string | null;
  label: string;
  lineCount: number;
  amountCents: number;
}

export interface AdjustmentRecord {
  lineCount: number;
  amountCents: number;
}

export interface SalesSummaryRecord {
  ticketsSold: number;
  totalCents: number;
  byPrice: PriceSalesRecord[];
  byPaymentMethod: PaymentSalesRecord[];
  refunds: AdjustmentRecord;
  creditNotes: AdjustmentRecord;
  excludedLineCount: number;
  lineCount: number;
}

/** Whether a line sold a ticket or a booking (by the category TiBillet sends on the line). */
export function isTicketLine(line: Pick<SaleLineRecord, 'category'>): boolean {
  const kind = productKindOf(line.category ?? undefined);
  return kind === ProductKind.TICKET || kind === ProductKind.FREE_BOOKING;
}

/** Millionths as a plain number for display (quantities are not money). */
const asNumber = (millionths: bigint) => Number(millionths / MILLION) + Number(millionths % MILLION) / 1e6;

/**
 * Sums sale lines exactly (integer cents, quantities in millionths): per product and unit price, per payment method,
 * and in total. Confirmed lines count, credit notes count negatively, refunded and other lines are left out
 * (`lineEffect`). `products` names the prices; a line of an unknown product keeps the name TiBillet sent.
 */
export function summarise(lines: SaleLineRecord[], products: ReadonlyMap<string, ProductRecord>): SalesSummaryRecord {
  const byPrice = new Map<string, PriceSalesRecord & { millionths: bigint }>();
  const byPayment = new Map<string, PaymentSalesRecord>();
  const refunds: AdjustmentRecord = { lineCount: 0, amountCents: 0 };
  const creditNotes: AdjustmentRecord = { lineCount: 0, amountCents: 0 };
  let tickets = 0n;
  let totalCents = 0;
  let excludedLineCount = 0;
  let lineCount = 0;

  for (const line of lines) {
    const effect = lineEffect(line);
    const amount = line.totalCents ?? 0;
    if (effect === 'REFUNDED') {
      refunds.lineCount += 1;
      refunds.amountCents += amount;
      continue;
    }
    const sign = lineSign(line);
    if (sign === 0) {
      excludedLineCount += 1;
      continue;
    }
    if (effect === 'CREDIT_NOTE') {
      creditNotes.lineCount += 1;
      creditNotes.amountCents -= amount;
    }
    lineCount += 1;
    const millionths = (quantityMillionths(line.quantity) ?? 0n) * BigInt(sign);
    const signed = amount * sign;
    totalCents += signed;
    const ticket = isTicketLine(line);
    if (ticket) tickets += millionths;

    const productId = line.productId ?? 'inconnu';
    const key = `${productId}|${line.unitPriceCents ?? ''}`;
    const product = line.productId ? products.get(line.productId) : undefined;
    const row = byPrice.get(key) ?? {
      productId,
      productName: product?.name ?? line.productName ?? 'Produit inconnu',
      priceName: product?.prices.find((p) => p.amountCents === line.unitPriceCents)?.name ?? null,
      unitPriceCents: line.unitPriceCents,
      ticket,
      quantity: 0,
      amountCents: 0,
      millionths: 0n,
    };
    row.millionths += millionths;
    row.amountCents += signed;
    byPrice.set(key, row);

    const code = line.paymentMethod ? line.paymentMethod.toUpperCase() : null;
    const payment = byPayment.get(code ?? '') ?? { code, label: paymentMethodLabel(code), lineCount: 0, amountCents: 0 };
    payment.lineCount += 1;
    payment.amountCents += signed;
    byPayment.set(code ?? '', payment);
  }

  return {
    ticketsSold: asNumber(tickets),
    totalCents,
    byPrice: [...byPrice.values()]
      .map(({ millionths, ...row }) => ({ ...row, quantity: asNumber(millionths) }))
      .sort((a, b) => Number(b.ticket) - Number(a.ticket) || a.productName.localeCompare(b.productName, 'fr') || (b.unitPriceCents ?? 0) - (a.unitPriceCents ?? 0)),
    byPaymentMethod: [...byPayment.values()].sort((a, b) => b.amountCents - a.amountCents || a.label.localeCompare(b.label, 'fr')),
    refunds,
    creditNotes,
    excludedLineCount,
    lineCount,
  };
}
