import { odooDemo } from '@alambic/demo-data';
import type { Row } from '../orm/model.js';
import { joinsDistributionKeys, type OdooVersion } from '../version.js';
import { lastActivityDate, type LineSpec, type MoveSpec } from './activity.js';
import { bankActivity, payment } from './bank.js';
import { accounts, journals } from './reference.js';

/** The journal entries, journal items, analytic lines, payments and bank statement lines the specs produce, as Odoo stores them. */
export interface Books {
  moves: Row[];
  moveLines: Row[];
  analyticLines: Row[];
  payments: Row[];
  statementLines: Row[];
  /** `<journal code>` → last sequence number used. */
  sequences: Map<string, number>;
}

export const euros = (cents: number) => cents / 100;
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Réunion is UTC+4: a move keyed in at 08:30 local time was created at 04:30 UTC. */
export const utcStamp = (date: string) => `${date} 04:30:00`;

export function nextName(books: Books, code: string): string {
  const n = (books.sequences.get(code) ?? 0) + 1;
  books.sequences.set(code, n);
  return `${code}/2026/${String(n).padStart(5, '0')}`;
}

const journalOf = { out_invoice: journals.sale, in_invoice: journals.purchase, entry: journals.misc } as const;
const sequenceOf = { out_invoice: 'FAC', in_invoice: 'FACTU', entry: 'OD' } as const;

/** `planOf` maps every analytic account id to its plan id. */
export function buildBooks(specs: MoveSpec[], version: OdooVersion, planOf: Map<number, number>): Books {
  const books: Books = { moves: [], moveLines: [], analyticLines: [], payments: [], statementLines: [], sequences: new Map() };
  const pendingPayments: Array<{ move: Row; date: string; cents: number }> = [];

  for (const spec of specs) {
    const sale = spec.moveType === 'out_invoice';
    const invoice = spec.moveType !== 'entry';
    const total = spec.lines.filter((l) => !l.credit).reduce((s, l) => s + l.cents, 0);
    const paid = spec.state !== 'posted' || !invoice ? [] : spec.payments ?? defaultPayment(spec, total);
    const paidCents = paid.reduce((s, p) => s + p.cents, 0);
    const residual = !invoice ? 0 : spec.state === 'posted' ? total - paidCents : spec.state === 'draft' ? total : 0;
    const name = spec.state === 'draft' ? '/' : nextName(books, sequenceOf[spec.moveType]);
    const sign = sale ? 1 : -1;
    const move: Row = {
      id: books.moves.length + 1, name, ref: spec.ref, date: spec.date, state: spec.state, move_type: spec.moveType,
      journal_id: journalOf[spec.moveType], company_id: odooDemo.companyId,
      partner_id: invoice ? spec.partnerId : false, commercial_partner_id: invoice ? spec.partnerId : false,
      invoice_date: invoice ? spec.date : false, invoice_date_due: invoice ? addDays(spec.date, 30) : false, invoice_origin: false,
      payment_reference: spec.state === 'draft' || !invoice ? false : name,
      amount_untaxed: euros(total), amount_tax: 0, amount_total: euros(total), amount_residual: euros(residual),
      amount_untaxed_signed: euros(sign * total), amount_total_signed: euros(sign * total), amount_residual_signed: euros(sign * residual),
      payment_state: spec.state !== 'posted' || !invoice ? 'not_paid' : residual === 0 ? 'paid' : paidCents > 0 ? 'partial' : 'not_paid',
      origin_payment_id: false, matched_payment_ids: [],
      create_date: utcStamp(spec.date), write_date: utcStamp(paid.at(-1)?.date ?? spec.date),
    };
    books.moves.push(move);

    for (const line of spec.lines) {
      const balance = invoice ? (sale ? -line.cents : line.cents) : line.credit ? -line.cents : line.cents;
      const item = moveLine(books, move, {
        account_id: line.accountId, name: line.label, balance, display_type: 'product', quantity: 1, price_unit: euros(line.cents),
        price_subtotal: euros(line.cents), analytic_distribution: distribution(line, version), amount_residual: 0, reconciled: false,
        product_id: line.productId ?? false,
      });
      if (spec.state === 'posted') analyticLinesOf(books, move, item, line, balance, version, planOf);
    }
    if (invoice) {
      moveLine(books, move, {
        account_id: sale ? accounts.receivable : accounts.payable, name: name === '/' ? false : name, balance: sale ? total : -total,
        display_type: 'payment_term', quantity: 1, price_unit: 0, price_subtotal: 0, analytic_distribution: false,
        amount_residual: euros(sale ? residual : -residual), reconciled: spec.state === 'posted' && residual === 0, product_id: false,
      });
    }
    for (const p of paid) pendingPayments.push({ move, date: p.date, cents: p.cents });
  }

  pendingPayments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const { move, date, cents } of pendingPayments) payment(books, move, date, cents, version);
  bankActivity(books);
  return books;
}

/** Old enough invoices are paid in full: bills after 20 days, customer invoices after 30, never after the demo's last day. */
function defaultPayment(spec: MoveSpec, total: number): Array<{ date: string; cents: number }> {
  const date = addDays(spec.date, spec.moveType === 'in_invoice' ? 20 : 30);
  return date <= lastActivityDate ? [{ date, cents: total }] : [];
}

/** 16: one key per account (`{"12": 100, "30": 100}`); 17+: one key per combination (`{"12,30": 100}`). */
function distribution(line: LineSpec, version: OdooVersion): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of line.distribution) {
    if (joinsDistributionKeys(version)) {
      out[d.funding ? `${d.project},${d.funding}` : String(d.project)] = d.pct;
    } else {
      out[String(d.project)] = (out[String(d.project)] ?? 0) + d.pct;
      if (d.funding) out[String(d.funding)] = (out[String(d.funding)] ?? 0) + d.pct;
    }
  }
  return out;
}

export function moveLine(books: Books, move: Row, values: Record<string, unknown> & { balance: number }): Row {
  const { balance, ...rest } = values;
  const row: Row = {
    id: books.moveLines.length + 1, move_id: move.id, move_name: move.name, journal_id: move.journal_id, company_id: move.company_id,
    parent_state: move.state, date: move.date, ref: move.ref, move_type: move.move_type, partner_id: move.partner_id,
    debit: euros(Math.max(balance, 0)), credit: euros(Math.max(-balance, 0)), balance: euros(balance), payment_id: false,
    create_date: move.create_date, write_date: move.write_date,
    ...rest,
  };
  books.moveLines.push(row);
  return row;
}

/** `_prepare_analytic_distribution_line`: amount = −balance × pct / 100, one line per distribution key. */
function analyticLinesOf(books: Books, move: Row, item: Row, line: LineSpec, balanceCents: number, version: OdooVersion, planOf: Map<number, number>) {
  const keys = Object.entries(distribution(line, version));
  for (const [key, pct] of keys) {
    const ids = key.split(',').map(Number);
    const project = ids.find((id) => planOf.get(id) === odooDemo.projectPlanId);
    const funding = ids.find((id) => planOf.get(id) === odooDemo.fundingPlanId);
    const columns = joinsDistributionKeys(version)
      ? { account_id: project ?? false, x_plan2_id: funding ?? false, plan_id: project ? odooDemo.projectPlanId : odooDemo.fundingPlanId }
      : { account_id: ids[0]!, plan_id: planOf.get(ids[0]!) ?? false };
    books.analyticLines.push({
      id: books.analyticLines.length + 1, name: line.label, date: move.date, amount: euros(Math.round((-balanceCents * pct) / 100)),
      unit_amount: 1, ...columns, partner_id: move.partner_id, company_id: move.company_id, general_account_id: line.accountId,
      move_line_id: item.id, journal_id: move.journal_id, product_id: line.productId ?? false, ref: move.name,
      category: move.move_type === 'out_invoice' ? 'invoice' : move.move_type === 'in_invoice' ? 'vendor_bill' : 'other',
      create_date: move.create_date, write_date: move.create_date,
    });
  }
}
