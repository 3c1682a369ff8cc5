import { gql } from '@urql/core';

export type Category = 'CARE' | 'INTERNAL_SERVICE' | 'EXTERNAL_PURCHASE' | 'INTERNAL_EXPENSE' | 'SERVICE_INCOME' | 'GRANT' | 'SALE' | 'INTERNAL_INCOME';
export type PaymentState = 'NOT_PAID' | 'IN_PAYMENT' | 'PAID' | 'PARTIAL' | 'REVERSED' | 'BLOCKED' | 'LEGACY';
export type DocumentKind = 'BILL' | 'BILL_REFUND' | 'INVOICE' | 'INVOICE_REFUND';

export interface CategoryAmount {
  category: Category;
  direction: 'EXPENSE' | 'INCOME';
  label: string;
  /** Decimal string in euros, e.g. "1234.50". */
  amount: string;
}

export interface Actuals {
  spent: string;
  collected: string;
  readAt: string;
  stale: boolean;
  categories: CategoryAmount[];
  months: Array<{ month: string; spent: string; collected: string; categories: Array<{ category: Category; amount: string }> }>;
}

export interface Committed {
  amount: string;
  billCount: number;
  readAt: string;
  stale: boolean;
}

export interface AccountingDocument {
  id: string;
  number: string | null;
  kind: DocumentKind;
  state: 'DRAFT' | 'POSTED' | 'CANCELLED';
  partnerName: string | null;
  date: string | null;
  dueDate: string | null;
  total: string;
  residual: string;
  paymentState: PaymentState;
  category: Category | null;
  circleShare: string | null;
}

export interface DocumentList {
  items: AccountingDocument[];
  readAt: string;
  stale: boolean;
}

export interface GrantReceipts {
  invoiced: string;
  received: string;
  readAt: string;
  stale: boolean;
  items: Array<{ documentId: string; number: string | null; funder: string; fundingAccount: string | null; date: string | null; invoiced: string; received: string; toReceive: string; paymentState: PaymentState }>;
}

export interface BankPosition {
  balance: string;
  readAt: string;
  stale: boolean;
  accounts: Array<{ id: string; name: string; code: string; openingBalance: string; balance: string; months: Array<{ month: string; inflow: string; outflow: string; closingBalance: string }> }>;
}

export interface CircleChoice {
  id: string;
  name: string;
  kind: string;
  analyticCode: string;
}

const actualsFields = `spent collected readAt stale categories { category direction label amount } months { month spent collected categories { category amount } }`;
const documentFields = `readAt stale items { id number kind state partnerName date dueDate total residual paymentState category circleShare }`;

export interface OrganisationBudgetData {
  circles: CircleChoice[];
  organisationActuals: Actuals | null;
  organisationCommitted: Committed | null;
  accountingDocuments: DocumentList | null;
  bankPosition: BankPosition | null;
}

/** The whole organisation: consolidated actuals, committed, every document of the year and the bank position. */
export const OrganisationBudgetQuery = gql<OrganisationBudgetData, { year: number }>`
  query SuiviBudgetaireOrganisation($year: Int!) {
    circles { id name kind analyticCode }
    organisationActuals(year: $year) { ${actualsFields} }
    organisationCommitted { amount billCount readAt stale }
    accountingDocuments(year: $year) { ${documentFields} }
    bankPosition(year: $year) { balance readAt stale accounts { id name code openingBalance balance months { month inflow outflow closingBalance } } }
  }
`;

export interface CircleBudgetData {
  circles: CircleChoice[];
  circle: (CircleChoice & { actuals: Actuals | null; committed: Committed | null; accountingDocuments: DocumentList | null; grantReceipts: GrantReceipts | null }) | null;
}

/** One circle and its sub-circles: actuals, committed, documents with their share, grant receipts. */
export const CircleBudgetQuery = gql<CircleBudgetData, { id: string; year: number }>`
  query SuiviBudgetaireCercle($id: ID!, $year: Int!) {
    circles { id name kind analyticCode }
    circle(id: $id) {
      id name kind analyticCode
      actuals(year: $year) { ${actualsFields} }
      committed { amount billCount readAt stale }
      accountingDocuments(year: $year) { ${documentFields} }
      grantReceipts(year: $year) { invoiced received readAt stale items { documentId number funder fundingAccount date invoiced received toReceive paymentState } }
    }
  }
`;
