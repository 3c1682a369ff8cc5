import { odooDemo } from '@alambic/demo-data';
import type { Row } from '../orm/model.js';
import { joinsDistributionKeys, type OdooVersion } from '../version.js';
import { lastActivityDate, type LineSpec, type MoveSpec } from './activity.js';
import { accounts, analyticAccountRows, journals } from './reference.js';

/** The journal entries, journal items, analytic lines and payments the specs produce, as Odoo stores them. */
export interface Books {
  moves: Row[];
  moveLines: Row[];
  analyticLines: Row[];
  payments: Row[];
}

const euros = (cents: number) => cents / 100;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Réunion is UTC+4: a move keyed in at 08:30 local time was created at 04:30 UTC. */
const utcStamp = (date: string) => `${date} 04:30:00`;

export function buildBooks(specs: MoveSpec[], version: OdooVersion): Books {
  const books: Books = { moves: [], moveLines: [], analyticLines: [], payments: [] };
  const planOf = new Map(analyticAccountRows().map((a) => [a.id, a.plan_id as number]));
  const sequences = new Map<string, number>();
  const nextName = (code: string) => {
    const n = (sequences.get(code) ?? 0) + 1;
    sequences.set(code, n);
    return `${code}/2026/${String(n).padStart(5, '0')}`;
  };
  const pendingPayments: Array<{ move: Row; date: string; cents: number }> = [];

  for (const spec of specs) {
    const sale = spec.moveType === 'out_invoice';
    const total = spec.lines.reduce((s, l) => s + l.cents, 0);
    const paid = spec.state !== 'posted' ? [] : spec.payments ?? defaultPayment(spec, total);
    const paidCents = paid.reduce((s, p) => s + p.cents, 0);
    const residual = spec.state === 'posted' ? total - paidCents : spec.state === 'draft' ? total : 0;
    const moveId = books.moves.length + 1;
    const name = spec.state === 'draft' ? '/' : nextName(sale ? 'FAC' : 'FACTU');
    const sign = sale ? 1 : -1;
    const move: Row = {
      id: moveId, name, ref: spec.ref, date: spec.date, state: spec.state, move_type: spec.moveType,
      journal_id: sale ? journals.sale : journals.purchase, company_id: odooDemo.companyId,
      partner_id: spec.partnerId, commercial_partner_id: spec.partnerId,
      invoice_date: spec.date, invoice_date_due: addDays(spec.date, 30), invoice_origin: false,
      payment_reference: spec.state === 'draft' ? false : name,
      amount_untaxed: euros(total), amount_tax: 0, amount_total: euros(total), amount_residual: euros(residual),
      amount_untaxed_signed: euros(sign * total), amount_total_signed: euros(sign * total), amount_residual_signed: euros(sign * residual),
      payment_state: spec.state !== 'posted' ? 'not_paid' : residual === 0 ? 'paid' : paidCents > 0 ? 'partial' : 'not_paid',
      create_date: utcStamp(spec.date), write_date: utcStamp(paid.at(-1)?.date ?? spec.date),
    };
    books.moves.push(move);

    for (const line of spec.lines) {
      const balance = sale ? -line.cents : line.cents;
      const item = moveLine(books, move, {
        account_id: line.accountId, name: line.label, balance, display_type: 'product', quantity: 1, price_unit: euros(line.cents),
        price_subtotal: euros(line.cents), analytic_distribution: distribution(line, version), amount_residual: 0, reconciled: false,
      });
      if (spec.state === 'posted') analyticLinesOf(books, move, item, line, balance, version, planOf);
    }
    moveLine(books, move, {
      account_id: sale ? accounts.receivable : accounts.payable, name: name === '/' ? false : name, balance: sale ? total : -total,
      display_type: 'payment_term', quantity: 1, price_unit: 0, price_subtotal: 0, analytic_distribution: false,
      amount_residual: euros(sale ? residual : -residual), reconciled: spec.state === 'posted' && residual === 0,
    });
    for (const p of paid) pendingPayments.push({ move, date: p.date, cents: p.cents });
  }

  pendingPayments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const { move, date, cents } of pendingPayments) payment(books, move, date, cents, nextName('BNK1'), version);
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

function moveLine(books: Books, move: Row, values: Record<string, unknown> & { balance: number }): Row {
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
      move_line_id: item.id, journal_id: move.journal_id, product_id: false, ref: move.name,
      category: move.move_type === 'out_invoice' ? 'invoice' : 'vendor_bill', create_date: move.create_date, write_date: move.create_date,
    });
  }
}

/** A payment (≤17: an `account.payment` whose journal entry sits in the bank journal) and its bank move. */
function payment(books: Books, invoice: Row, date: string, cents: number, name: string, version: OdooVersion) {
  const inbound = invoice.move_type === 'out_invoice';
  const paymentId = books.payments.length + 1;
  const move: Row = {
    id: books.moves.length + 1, name, ref: invoice.name, date, state: 'posted', move_type: 'entry', journal_id: journals.bank,
    company_id: invoice.company_id, partner_id: invoice.partner_id, commercial_partner_id: invoice.partner_id,
    invoice_date: false, invoice_date_due: false, invoice_origin: false, payment_reference: false,
    amount_untaxed: 0, amount_tax: 0, amount_total: euros(cents), amount_residual: 0,
    amount_untaxed_signed: 0, amount_total_signed: euros(cents), amount_residual_signed: 0, payment_state: 'not_paid',
    create_date: utcStamp(date), write_date: utcStamp(date),
  };
  books.moves.push(move);
  const bank = moveLine(books, move, { account_id: accounts.bank, name: `Paiement ${invoice.name}`, balance: inbound ? cents : -cents, display_type: 'product', quantity: 1, price_unit: 0, price_subtotal: 0, analytic_distribution: false, amount_residual: 0, reconciled: false });
  const counterpart = moveLine(books, move, { account_id: inbound ? accounts.receivable : accounts.payable, name: `Paiement ${invoice.name}`, balance: inbound ? -cents : cents, display_type: 'payment_term', quantity: 1, price_unit: 0, price_subtotal: 0, analytic_distribution: false, amount_residual: 0, reconciled: true });
  bank.payment_id = paymentId;
  counterpart.payment_id = paymentId;
  books.payments.push({
    id: paymentId, name, move_id: move.id, date, amount: euros(cents), payment_type: inbound ? 'inbound' : 'outbound',
    partner_type: inbound ? 'customer' : 'supplier', partner_id: invoice.partner_id, journal_id: journals.bank, company_id: invoice.company_id,
    state: version >= 18 ? 'paid' : 'posted', ref: invoice.name, reconciled_invoice_ids: [invoice.id], create_date: utcStamp(date), write_date: utcStamp(date),
  });
}
