import { paymentMethodLabel } from './payment-method.js';
import type { EventSalesRecord, UnattributedSalesRecord } from './sales.service.js';
import { UnattributedReason, type EventSales, type UnattributedSales } from './sales.type.js';

/** Records (cents named as such) → the graph's types (Money fields). */
export function toEventSales(record: EventSalesRecord): EventSales {
  return {
    ...record,
    total: record.totalCents,
    byPrice: record.byPrice.map(({ amountCents, unitPriceCents, ...row }) => ({ ...row, amount: amountCents, unitPrice: unitPriceCents })),
    byPaymentMethod: record.byPaymentMethod.map(({ amountCents, ...row }) => ({ ...row, amount: amountCents })),
    refunds: { lineCount: record.refunds.lineCount, amount: record.refunds.amountCents },
    creditNotes: { lineCount: record.creditNotes.lineCount, amount: record.creditNotes.amountCents },
  };
}

export function toUnattributedSales(record: UnattributedSalesRecord): UnattributedSales {
  return {
    ...record,
    total: record.totalCents,
    lines: record.lines.map((line) => ({
      id: line.id,
      productId: line.productId,
      productName: line.productName,
      createdAt: line.createdAt,
      unitPrice: line.unitPriceCents,
      quantity: Number(line.quantity) * (line.signedTotalCents < 0 ? -1 : 1),
      amount: line.signedTotalCents,
      status: line.status,
      paymentMethod: paymentMethodLabel(line.paymentMethod),
      reason: UnattributedReason[line.reason],
    })),
  };
}
