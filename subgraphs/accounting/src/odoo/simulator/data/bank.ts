import type { Row } from '../orm/model.js';
import type { OdooVersion } from '../version.js';
import { euros, moveLine, nextName, utcStamp, type Books } from './books.js';
import { accounts, companyPartnerId, journals } from './reference.js';

/** Balances carried over from 2025 on the first day of the demo year, in cents. */
export const openingBalances = { [journals.bank]: 7_845_000, [journals.qonto]: 320_000 } as const;

/** A payment and its bank move (≤17: an `account.payment` whose journal entry sits in the bank journal; 18+: the move
 * points back with `origin_payment_id`, the invoice lists it in `matched_payment_ids`), and the bank statement line. */
export function payment(books: Books, invoice: Row, date: string, cents: number, version: OdooVersion): void {
  const inbound = invoice.move_type === 'out_invoice';
  const paymentId = books.payments.length + 1;
  const name = nextName(books, 'BNK1');
  const move = bankMove(books, journals.bank, name, date, invoice.partner_id as number, inbound ? cents : -cents, inbound ? accounts.receivable : accounts.payable, `Paiement ${invoice.name}`, String(invoice.name));
  for (const line of books.moveLines.filter((l) => l.move_id === move.id)) {
    line.payment_id = paymentId;
    if (line.account_id !== accounts.bank) line.reconciled = true;
  }
  if (version >= 18) {
    move.origin_payment_id = paymentId;
    invoice.matched_payment_ids = [...((invoice.matched_payment_ids as number[]) ?? []), paymentId];
  }
  books.payments.push({
    id: paymentId, name, move_id: move.id, date, amount: euros(cents), payment_type: inbound ? 'inbound' : 'outbound',
    partner_type: inbound ? 'customer' : 'supplier', partner_id: invoice.partner_id, journal_id: journals.bank, company_id: invoice.company_id,
    state: version >= 18 ? 'paid' : 'posted', ref: invoice.name, reconciled_invoice_ids: [invoice.id], is_reconciled: true, is_matched: true,
    create_date: utcStamp(date), write_date: utcStamp(date),
  });
  statementLine(books, move, `Paiement ${invoice.name}`, inbound ? cents : -cents, true);
}

/** Opening balances, a monthly transfer from the main account to Qonto, and Qonto's monthly fees. */
export function bankActivity(books: Books): void {
  const opening = (journal: number, code: string, cents: number) => {
    const move = bankMove(books, journal, nextName(books, code), '2026-01-01', companyPartnerId, cents, accounts.carriedForward, 'Solde reporté de 2025', false);
    statementLine(books, move, 'Solde reporté de 2025', cents, true);
  };
  opening(journals.bank, 'BNK1', openingBalances[journals.bank]);
  opening(journals.qonto, 'BNK2', openingBalances[journals.qonto]);
  for (let month = 1; month <= 11; month++) {
    const date = `2026-${String(month).padStart(2, '0')}-05`;
    const out = bankMove(books, journals.bank, nextName(books, 'BNK1'), date, companyPartnerId, -50_000, accounts.qonto, 'Virement vers Qonto (caisse des évènements)', false);
    statementLine(books, out, 'Virement vers Qonto (caisse des évènements)', -50_000, true);
    const into = bankMove(books, journals.qonto, nextName(books, 'BNK2'), date, companyPartnerId, 50_000, accounts.bank, 'Virement depuis le Crédit Agricole', false);
    statementLine(books, into, 'Virement depuis le Crédit Agricole', 50_000, true);
    const feesDate = `2026-${String(month).padStart(2, '0')}-${month === 11 ? '14' : '27'}`;
    const fees = bankMove(books, journals.qonto, nextName(books, 'BNK2'), feesDate, companyPartnerId, -1_900, accounts.bankFees, 'Abonnement Qonto', false);
    statementLine(books, fees, 'Abonnement Qonto', -1_900, month < 11);
  }
}

/** A posted entry in a bank journal: the bank line (`cents` > 0 is money in) and its counterpart. */
function bankMove(books: Books, journal: number, name: string, date: string, partnerId: number, cents: number, counterpart: number, label: string, ref: string | false): Row {
  const move: Row = {
    id: books.moves.length + 1, name, ref, date, state: 'posted', move_type: 'entry', journal_id: journal,
    company_id: 1, partner_id: partnerId, commercial_partner_id: partnerId,
    invoice_date: false, invoice_date_due: false, invoice_origin: false, payment_reference: false,
    amount_untaxed: 0, amount_tax: 0, amount_total: euros(Math.abs(cents)), amount_residual: 0,
    amount_untaxed_signed: 0, amount_total_signed: euros(Math.abs(cents)), amount_residual_signed: 0, payment_state: 'not_paid',
    origin_payment_id: false, matched_payment_ids: [], create_date: utcStamp(date), write_date: utcStamp(date),
  };
  books.moves.push(move);
  const bankAccount = journal === journals.qonto ? accounts.qonto : accounts.bank;
  moveLine(books, move, { account_id: bankAccount, name: label, balance: cents, display_type: 'product', quantity: 1, price_unit: 0, price_subtotal: 0, analytic_distribution: false, amount_residual: 0, reconciled: false, product_id: false });
  moveLine(books, move, { account_id: counterpart, name: label, balance: -cents, display_type: 'payment_term', quantity: 1, price_unit: 0, price_subtotal: 0, analytic_distribution: false, amount_residual: 0, reconciled: false, product_id: false });
  return move;
}

/** `account.bank.statement.line` `_inherits` its move: date, state and name are the move's. */
function statementLine(books: Books, move: Row, label: string, cents: number, reconciled: boolean): void {
  books.statementLines.push({
    id: books.statementLines.length + 1, move_id: move.id, journal_id: move.journal_id, company_id: move.company_id, statement_id: false,
    date: move.date, state: move.state, name: move.name, partner_id: move.partner_id, payment_ref: label, amount: euros(cents),
    amount_residual: reconciled ? 0 : euros(cents), is_reconciled: reconciled, sequence: 1,
    internal_index: `${String(move.date).replace(/-/g, '')}${String(books.statementLines.length + 1).padStart(10, '0')}`, create_date: move.create_date, write_date: move.write_date,
  });
}
