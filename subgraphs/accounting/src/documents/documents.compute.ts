import type { AccountingDocument, AnalyticAccount, DocumentBook, DocumentLine } from '../accounting-source.js';
import { classify, type CategoryMap } from '../categories/category-map.js';
import { AccountingCategory } from '../categories/category.js';
import type { AccountingDocumentType, GrantReceipt } from './document.type.js';
import { AccountingDocumentKind, AccountingDocumentState, InvoicePaymentState } from './document.type.js';

/** A book indexed by document, so that circles and members pick their share without another read. */
export interface IndexedBook {
  documents: AccountingDocument[];
  linesOf: Map<number, DocumentLine[]>;
}

const indexed = new WeakMap<object, IndexedBook>();

/** Indexes a book once per read (a cached read hands back the same arrays). */
export function indexBook(book: DocumentBook): IndexedBook {
  const known = indexed.get(book.lines);
  if (known && known.documents === book.documents) return known;
  const linesOf = new Map<number, DocumentLine[]>();
  for (const line of book.lines) {
    const list = linesOf.get(line.documentId) ?? [];
    list.push(line);
    linesOf.set(line.documentId, list);
  }
  const result = { documents: book.documents, linesOf };
  indexed.set(book.lines, result);
  return result;
}

const spendingSide = (kind: string) => kind === 'BILL' || kind === 'BILL_REFUND';

/** Odoo's analytic sign for a line: negative for a bill's expense, positive for an invoice's income. */
const analyticSign = (document: AccountingDocument, line: DocumentLine) => (spendingSide(document.kind) ? -line.cents : line.cents);

/** The part of a line that goes to the given accounts, in cents (rounded once per line). */
export function lineShare(line: DocumentLine, accountIds: ReadonlySet<number>): number {
  const percent = line.distribution.filter((s) => s.accountIds.some((id) => accountIds.has(id))).reduce((sum, s) => sum + s.percent, 0);
  return Math.round((line.cents * percent) / 100);
}

/** The category of a document: that of its largest line. */
export function documentCategory(map: CategoryMap, document: AccountingDocument, lines: readonly DocumentLine[]): AccountingCategory | null {
  const main = [...lines].sort((a, b) => Math.abs(b.cents) - Math.abs(a.cents))[0];
  return main ? classify(map, main.generalAccount, main.product, analyticSign(document, main)) : null;
}

export function toDocumentType(map: CategoryMap, document: AccountingDocument, lines: readonly DocumentLine[], circleShare: number | null): AccountingDocumentType {
  return {
    id: String(document.id),
    number: document.number,
    kind: document.kind as AccountingDocumentKind,
    state: document.state as AccountingDocumentState,
    partnerName: document.partnerName,
    date: document.date,
    dueDate: document.dueDate,
    reference: document.reference,
    total: document.totalCents,
    residual: document.residualCents,
    paymentState: document.paymentState as InvoicePaymentState,
    category: documentCategory(map, document, lines),
    circleShare,
  };
}

const byDate = (a: AccountingDocumentType, b: AccountingDocumentType) => (a.date ?? '').localeCompare(b.date ?? '') || (a.number ?? '').localeCompare(b.number ?? '') || Number(a.id) - Number(b.id);

/** Documents with a share on the accounts, with that share. */
export function documentsOfAccounts(map: CategoryMap, book: IndexedBook, accountIds: ReadonlySet<number>): AccountingDocumentType[] {
  const out: AccountingDocumentType[] = [];
  for (const document of book.documents) {
    const lines = book.linesOf.get(document.id) ?? [];
    if (!lines.some((l) => l.distribution.some((s) => s.accountIds.some((id) => accountIds.has(id))))) continue;
    out.push(toDocumentType(map, document, lines, lines.reduce((sum, l) => sum + lineShare(l, accountIds), 0)));
  }
  return out.sort(byDate);
}

/** Documents of the whole book (organisation) or of one partner (member). */
export function documentsWhere(map: CategoryMap, book: IndexedBook, keep: (d: AccountingDocument) => boolean): AccountingDocumentType[] {
  return book.documents.filter(keep).map((d) => toDocumentType(map, d, book.linesOf.get(d.id) ?? [], null)).sort(byDate);
}

/** What remains to pay on open bills for the accounts' share: share × residual / total; credit notes count negative. */
export function committedOf(book: IndexedBook, accountIds: ReadonlySet<number>): { amount: number; billCount: number } {
  let amount = 0;
  let billCount = 0;
  for (const document of book.documents) {
    if (!spendingSide(document.kind) || document.totalCents === 0) continue;
    const share = (book.linesOf.get(document.id) ?? []).reduce((sum, l) => sum + lineShare(l, accountIds), 0);
    if (share === 0) continue;
    const remaining = Math.round((share * document.residualCents) / document.totalCents);
    amount += document.kind === 'BILL_REFUND' ? -remaining : remaining;
    billCount += 1;
  }
  return { amount, billCount };
}

/** Posted customer invoices whose grant lines (category GRANT) go to the accounts: funder, invoiced, received. */
export function grantReceiptsOf(map: CategoryMap, book: IndexedBook, accountIds: ReadonlySet<number>, directory: readonly AnalyticAccount[]): GrantReceipt[] {
  const names = new Map(directory.map((a) => [a.id, a.name]));
  const out: GrantReceipt[] = [];
  for (const document of book.documents) {
    if (document.kind !== 'INVOICE' || document.state !== 'POSTED' || document.totalCents === 0) continue;
    const grantLines = (book.linesOf.get(document.id) ?? []).filter((l) => classify(map, l.generalAccount, l.product, l.cents) === AccountingCategory.GRANT);
    const invoiced = grantLines.reduce((sum, l) => sum + lineShare(l, accountIds), 0);
    if (invoiced === 0) continue;
    const received = Math.round((invoiced * (document.totalCents - document.residualCents)) / document.totalCents);
    const funding = grantLines
      .flatMap((l) => l.distribution.flatMap((s) => s.accountIds))
      .find((id) => !accountIds.has(id) && names.has(id) && !/^\d+$/.test(directory.find((a) => a.id === id)?.code ?? ''));
    out.push({
      documentId: String(document.id),
      number: document.number,
      funder: document.partnerName ?? 'Financeur inconnu',
      fundingAccount: funding !== undefined ? names.get(funding) ?? null : null,
      date: document.date,
      invoiced,
      received,
      toReceive: invoiced - received,
      paymentState: document.paymentState as InvoicePaymentState,
    });
  }
  return out.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}
