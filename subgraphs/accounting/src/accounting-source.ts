import type { Sourced } from '@alambic/connector-kit';
import type { DependencyStatus } from '@alambic/subgraph-kit';

/** An analytic account of the books, in the collective's terms: a circle's code and name. */
export interface AnalyticAccount {
  id: number;
  /** The circle's analytic code (`1110`), or another reference for funding accounts. */
  code: string;
  name: string;
  active: boolean;
}

/** What the analytic lines of one account say for one month, for one general account and product, in cents
 * (Odoo's sign rule: negative for spending, positive for income). */
export interface AnalyticAmount {
  accountId: number;
  /** `YYYY-MM`. */
  month: string;
  /** General account code (`606100`), null when Odoo gives none. */
  generalAccount: string | null;
  /** Product internal reference (`COREM`), null when the line has no product or the product no reference. */
  product: string | null;
  cents: number;
}

export type DocumentKind = 'BILL' | 'BILL_REFUND' | 'INVOICE' | 'INVOICE_REFUND';
export type DocumentState = 'DRAFT' | 'POSTED' | 'CANCELLED';
export type PaymentState = 'NOT_PAID' | 'IN_PAYMENT' | 'PAID' | 'PARTIAL' | 'REVERSED' | 'BLOCKED' | 'LEGACY';

/** A customer invoice or a supplier bill, amounts in cents (unsigned, as Odoo shows them). */
export interface AccountingDocument {
  id: number;
  /** Null for a draft (Odoo shows « / »). */
  number: string | null;
  kind: DocumentKind;
  state: DocumentState;
  partnerId: number | null;
  partnerName: string | null;
  /** Invoice or bill date, `YYYY-MM-DD`. */
  date: string | null;
  dueDate: string | null;
  reference: string | null;
  totalCents: number;
  residualCents: number;
  paymentState: PaymentState;
}

/** How a line is shared between analytic accounts: each key of `analytic_distribution`, its accounts and percentage. */
export interface DistributionShare {
  accountIds: number[];
  percent: number;
}

/** A product line of a document, `cents` positive in the document's own direction (a discount is negative). */
export interface DocumentLine {
  documentId: number;
  label: string;
  generalAccount: string | null;
  product: string | null;
  cents: number;
  distribution: DistributionShare[];
}

export interface DocumentBook {
  documents: AccountingDocument[];
  lines: DocumentLine[];
}

export interface BankJournal {
  id: number;
  name: string;
  code: string;
  kind: 'BANK' | 'CASH';
}

/** Money in and out of one bank journal during one month, from posted statement lines, in cents (both ≥ 0). */
export interface BankMonthFlow {
  journalId: number;
  month: string;
  inflowCents: number;
  outflowCents: number;
}

export interface BankBook {
  journals: BankJournal[];
  flows: BankMonthFlow[];
}

/** The accounting subgraph's only view of its upstream. The Odoo connector implements it; tests may fake it.
 * No method's number of upstream calls depends on how many circles or members ask. */
export interface AccountingSource {
  /** Reads once what every query needs (version, session, analytic directory). */
  warmUp(): Promise<void>;
  /** The analytic accounts, archived ones included, from a directory refreshed in the background. */
  analyticAccounts(): Promise<AnalyticAccount[]>;
  /** Analytic amounts of every account per month, general account and product over whole years: one aggregate call
   * (callers pick their accounts in memory). */
  analyticAmounts(years: readonly number[]): Promise<Sourced<AnalyticAmount[]>>;
  /** Every invoice and bill dated in a year (any state), with their product lines. */
  documentsOfYear(year: number): Promise<Sourced<DocumentBook>>;
  /** Every bill, draft or posted, not yet paid, whatever its date, with its product lines. */
  openBills(): Promise<Sourced<DocumentBook>>;
  /** Bank and cash journals with their monthly flows, all dates. */
  bank(): Promise<Sourced<BankBook>>;
  /** Whether the upstream answers, for `/ready`. */
  status(): Promise<DependencyStatus>;
  close(): Promise<void>;
}
