import { gql } from '@urql/core';

export interface ClaimRow {
  id: string;
  workDate: string;
  hours: number;
  description: string;
  amount: string;
  amountProposed: string;
  state: 'PROPOSED' | 'VALIDATED' | 'INVOICED' | 'PAID';
  invoiceNumber: string | null;
  /** The claimant's bill in Odoo, once recorded there (invoiced claims only). */
  odooBill?: { paid: boolean; paymentState: string } | null;
  mission: { id: string; title: string };
  member: { id: string; displayName: string };
}

export interface PersonalPage {
  me: {
    id: string;
    displayName: string;
    roles: Array<{ id: string; role: { name: string; circle: { id: string; name: string } } }>;
    volunteer: { linked: boolean; balance: number; unit: string; stale: boolean; readAt: string | null; actionCounts: { joined: number; validated: number } } | null;
  } | null;
  myWork: {
    claimsToValidate: ClaimRow[];
    applicationsToDecide: Array<{ id: string; member: { displayName: string }; mission: { id: string; title: string } }>;
    toInvoice: ClaimRow[];
    myClaims: ClaimRow[];
    missions: Array<{ mission: { id: string; title: string; kind: string }; estimatedRemuneration: string }>;
    totals: { toValidate: string; toInvoice: string; toBePaid: string; paid: string; estimated: string };
  };
  events: Array<{ id: string; name: string; start: string }>;
}

const claimFields = `id workDate hours description amount amountProposed state invoiceNumber mission { id title } member { id displayName }`;

/** The personal page, across the four subgraphs in one request: roles (internal), work (internal), volunteering (Oceco), events (TiBillet). */
export const PersonalPageQuery = gql<PersonalPage>`
  query PersonalPage {
    me {
      id
      displayName
      roles(activeOnly: true) { id role { name circle { id name } } }
      volunteer { linked balance unit stale readAt actionCounts { joined validated } }
    }
    myWork {
      claimsToValidate { ${claimFields} }
      applicationsToDecide { id member { displayName } mission { id title } }
      toInvoice { ${claimFields} }
      myClaims { ${claimFields} odooBill { paid paymentState } }
      missions { mission { id title kind } estimatedRemuneration }
      totals { toValidate toInvoice toBePaid paid estimated }
    }
    events(upcoming: true) { id name start }
  }
`;
