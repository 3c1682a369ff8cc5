import { centsFromUpstreamNumber } from '@alambic/subgraph-kit';
import type { AccountingDocument, DistributionShare, DocumentKind, DocumentLine, DocumentState, PaymentState } from '../accounting-source.js';
import { accountCodeOf, productCodeOf, type Many2one } from './mapping.js';

export const documentTypes = ['in_invoice', 'in_refund', 'out_invoice', 'out_refund'];

export const moveFields = ['name', 'move_type', 'state', 'partner_id', 'date', 'invoice_date', 'invoice_date_due', 'ref', 'amount_total', 'amount_residual', 'payment_state'];
export const lineFields = ['move_id', 'move_type', 'name', 'account_id', 'product_id', 'balance', 'analytic_distribution'];

export interface OdooMoveRow {
  id: number;
  name: string | false;
  move_type: string;
  state: string;
  partner_id: Many2one;
  date: string | false;
  invoice_date: string | false;
  invoice_date_due: string | false;
  ref: string | false;
  amount_total: number;
  amount_residual: number;
  payment_state: string | false;
}

export interface OdooMoveLineRow {
  id: number;
  move_id: Many2one;
  move_type: string | false;
  name: string | false;
  account_id: Many2one;
  product_id: Many2one;
  balance: number;
  analytic_distribution: Record<string, number> | false;
}

const kinds: Record<string, DocumentKind> = { in_invoice: 'BILL', in_refund: 'BILL_REFUND', out_invoice: 'INVOICE', out_refund: 'INVOICE_REFUND' };
const states: Record<string, DocumentState> = { draft: 'DRAFT', posted: 'POSTED', cancel: 'CANCELLED' };
const paymentStates: Record<string, PaymentState> = {
  not_paid: 'NOT_PAID', in_payment: 'IN_PAYMENT', paid: 'PAID', partial: 'PARTIAL', reversed: 'REVERSED', blocked: 'BLOCKED', invoicing_legacy: 'LEGACY',
};

export function documentFrom(row: OdooMoveRow): AccountingDocument | undefined {
  const kind = kinds[row.move_type];
  if (!kind) return undefined;
  const number = typeof row.name === 'string' && row.name !== '/' ? row.name : null;
  return {
    id: row.id,
    number,
    kind,
    state: states[row.state] ?? 'DRAFT',
    partnerId: Array.isArray(row.partner_id) ? row.partner_id[0] : null,
    partnerName: Array.isArray(row.partner_id) ? row.partner_id[1] : null,
    date: row.invoice_date || row.date || null,
    dueDate: row.invoice_date_due || null,
    reference: row.ref || null,
    totalCents: centsFromUpstreamNumber(row.amount_total || 0),
    residualCents: centsFromUpstreamNumber(row.amount_residual || 0),
    paymentState: (row.payment_state && paymentStates[row.payment_state]) || 'NOT_PAID',
  };
}

/** `analytic_distribution` keys are one account id in 16 (`{"12": 100, "30": 100}`, one key per plan) and comma-joined
 * ids from 17 (`{"12,30": 100}`, one account per plan); both read as the accounts each percentage goes to. */
export function distributionFrom(value: unknown): DistributionShare[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .map(([key, percent]) => ({
      accountIds: key.split(',').map((id) => Number(id.trim())).filter((id) => Number.isInteger(id) && id > 0),
      percent: typeof percent === 'number' ? percent : Number(percent) || 0,
    }))
    .filter((share) => share.accountIds.length > 0);
}

/** A line's amount in its document's direction: bills and customer credit notes debit (balance > 0), invoices and
 * supplier credit notes credit (balance < 0). */
export function lineFrom(row: OdooMoveLineRow): DocumentLine | undefined {
  if (!Array.isArray(row.move_id)) return undefined;
  const creditSide = row.move_type === 'out_invoice' || row.move_type === 'in_refund';
  const balance = centsFromUpstreamNumber(row.balance || 0);
  return {
    documentId: row.move_id[0],
    label: row.name || '',
    generalAccount: accountCodeOf(row.account_id),
    product: productCodeOf(row.product_id),
    cents: creditSide ? -balance : balance,
    distribution: distributionFrom(row.analytic_distribution),
  };
}
