import { gql } from '@urql/core';
import type { Category, CircleChoice, GrantReceipts } from '../queries';

export type GrantStatus = 'PROSPECT' | 'DRAFTING' | 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'AGREEMENT_SIGNED' | 'IN_PROGRESS' | 'REPORT_DUE' | 'REPORTED' | 'CLOSED';

export const statusLabels: Record<GrantStatus, string> = {
  PROSPECT: 'Piste',
  DRAFTING: 'En rédaction',
  SUBMITTED: 'Déposée',
  ACCEPTED: 'Acceptée',
  REJECTED: 'Refusée',
  AGREEMENT_SIGNED: 'Convention signée',
  IN_PROGRESS: 'En cours',
  REPORT_DUE: 'Bilan à rendre',
  REPORTED: 'Bilan rendu',
  CLOSED: 'Clôturée',
};

/** The moves the server allows from each status (internal subgraph, grant-status.ts); anything else is refused there. */
export const nextStatuses: Record<GrantStatus, GrantStatus[]> = {
  PROSPECT: ['DRAFTING', 'SUBMITTED'],
  DRAFTING: ['SUBMITTED'],
  SUBMITTED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['AGREEMENT_SIGNED'],
  REJECTED: [],
  AGREEMENT_SIGNED: ['IN_PROGRESS'],
  IN_PROGRESS: ['REPORT_DUE'],
  REPORT_DUE: ['REPORTED'],
  REPORTED: ['CLOSED'],
  CLOSED: [],
};

/** The grant's life in order, for the timeline (a rejected grant stops after « Déposée »). */
export const lifeline: GrantStatus[] = ['PROSPECT', 'DRAFTING', 'SUBMITTED', 'ACCEPTED', 'AGREEMENT_SIGNED', 'IN_PROGRESS', 'REPORT_DUE', 'REPORTED', 'CLOSED'];

export const statusTone = (s: GrantStatus): 'neutral' | 'info' | 'warning' | 'danger' | 'copper' =>
  s === 'REJECTED' ? 'danger' : s === 'REPORT_DUE' ? 'warning' : s === 'CLOSED' || s === 'REPORTED' ? 'neutral' : s === 'PROSPECT' || s === 'DRAFTING' || s === 'SUBMITTED' ? 'copper' : 'info';

export interface GrantSummary {
  id: string;
  funder: string;
  programme: string | null;
  reference: string | null;
  label: string;
  status: GrantStatus;
  amountRequested: string | null;
  amountGranted: string | null;
  received: string;
  toReceive: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  reportDueOn: string | null;
  referent: { id: string; displayName: string } | null;
  circles: Array<{ id: string; name: string; analyticCode: string }>;
}

export interface Instalment {
  id: string;
  expectedOn: string;
  expected: string;
  receivedOn: string | null;
  received: string | null;
}

export interface GrantDetail extends GrantSummary {
  justification: { justified: string; toJustify: string | null; odooInvoiced: string; odooReceived: string; readAt: string; stale: boolean } | null;
  requestedOn: string | null;
  acceptedOn: string | null;
  notifiedOn: string | null;
  agreementSignedOn: string | null;
  agreementUrl: string | null;
  requestUrl: string | null;
  funderOdooPartnerId: number | null;
  instalments: Instalment[];
  budgetLines: Array<{ id: string; period: string; category: Category; label: string; amount: string; circle: { id: string; name: string } }>;
  circles: Array<{ id: string; name: string; analyticCode: string; grantReceipts: GrantReceipts | null }>;
}

const summaryFields = `id funder programme reference label status amountRequested amountGranted received toReceive periodStart periodEnd reportDueOn
  referent { id displayName } circles { id name analyticCode }`;

export const GrantsQuery = gql<{ grants: GrantSummary[]; circles: CircleChoice[]; members: Array<{ id: string; displayName: string }> }, { status: GrantStatus | null }>`
  query Subventions($status: GrantStatus) {
    grants(status: $status) { ${summaryFields} }
    circles { id name kind analyticCode }
    members { id displayName }
  }
`;

export const GrantQuery = gql<{ grant: GrantDetail | null }, { id: string; year: number }>`
  query Subvention($id: ID!, $year: Int!) {
    grant(id: $id) {
      ${summaryFields}
      requestedOn acceptedOn notifiedOn agreementSignedOn agreementUrl requestUrl funderOdooPartnerId
      instalments { id expectedOn expected receivedOn received }
      justification { justified toJustify odooInvoiced odooReceived readAt stale }
      budgetLines { id period category label amount circle { id name } }
      circles { id name analyticCode grantReceipts(year: $year) { invoiced received readAt stale items { documentId number funder fundingAccount date invoiced received toReceive paymentState } } }
    }
  }
`;

export interface GrantInput {
  funder: string;
  label: string;
  programme: string | null;
  reference: string | null;
  referentMemberId: string | null;
  circleIds: string[];
  amountRequested: string | null;
  amountGranted: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  requestedOn: string | null;
  agreementUrl: string | null;
  requestUrl: string | null;
  acceptedOn?: string | null;
  notifiedOn?: string | null;
  agreementSignedOn?: string | null;
  reportDueOn?: string | null;
  funderOdooPartnerId?: number | null;
}

/** The grant as an input for updateGrant, every field kept as it is. */
export function inputOf(g: GrantDetail): GrantInput {
  return {
    funder: g.funder,
    label: g.label,
    programme: g.programme,
    reference: g.reference,
    referentMemberId: g.referent?.id ?? null,
    circleIds: g.circles.map((c) => c.id),
    amountRequested: g.amountRequested,
    amountGranted: g.amountGranted,
    periodStart: g.periodStart,
    periodEnd: g.periodEnd,
    requestedOn: g.requestedOn,
    acceptedOn: g.acceptedOn,
    notifiedOn: g.notifiedOn,
    agreementSignedOn: g.agreementSignedOn,
    reportDueOn: g.reportDueOn,
    agreementUrl: g.agreementUrl,
    requestUrl: g.requestUrl,
    funderOdooPartnerId: g.funderOdooPartnerId,
  };
}

/** What the server wants filled before a move (internal subgraph, grant.service.ts): asked for in the timeline. */
export const neededFor: Partial<Record<GrantStatus, Array<{ field: 'requestedOn' | 'acceptedOn' | 'agreementSignedOn' | 'periodStart' | 'periodEnd' | 'amountGranted'; label: string }>>> = {
  SUBMITTED: [{ field: 'requestedOn', label: 'Déposée le' }],
  ACCEPTED: [
    { field: 'acceptedOn', label: 'Acceptée le' },
    { field: 'amountGranted', label: 'Montant accordé (€)' },
  ],
  AGREEMENT_SIGNED: [{ field: 'agreementSignedOn', label: 'Convention signée le' }],
  IN_PROGRESS: [
    { field: 'periodStart', label: 'Début de période' },
    { field: 'periodEnd', label: 'Fin de période' },
  ],
};

export const UpdateGrant = gql<{ updateGrant: { id: string } }, { id: string; input: GrantInput }>`
  mutation ModifierSubvention($id: ID!, $input: GrantInput!) { updateGrant(id: $id, input: $input) { id } }
`;

export const CreateGrant = gql<{ createGrant: { id: string } }, { input: GrantInput }>`
  mutation CreerSubvention($input: GrantInput!) { createGrant(input: $input) { id } }
`;

export const SetGrantStatus = gql<{ setGrantStatus: { id: string; status: GrantStatus } }, { id: string; status: GrantStatus }>`
  mutation AvancerSubvention($id: ID!, $status: GrantStatus!) { setGrantStatus(id: $id, status: $status) { id status } }
`;

export const AddInstalment = gql<{ addGrantInstalment: Instalment }, { grantId: string; input: { expectedOn: string; expected: string } }>`
  mutation AjouterVersement($grantId: ID!, $input: GrantInstalmentInput!) { addGrantInstalment(grantId: $grantId, input: $input) { id expectedOn expected receivedOn received } }
`;

export const RecordReceipt = gql<{ recordGrantReceipt: Instalment }, { instalmentId: string; receivedOn: string; received: string }>`
  mutation EnregistrerReception($instalmentId: ID!, $receivedOn: String!, $received: Money!) {
    recordGrantReceipt(instalmentId: $instalmentId, receivedOn: $receivedOn, received: $received) { id expectedOn expected receivedOn received }
  }
`;

/** Received as a share of granted, 0–100, for a bar. */
export function receivedShare(g: Pick<GrantSummary, 'received' | 'amountGranted'>): number {
  const granted = Number(g.amountGranted ?? '0');
  return granted > 0 ? Math.min(100, (Number(g.received) / granted) * 100) : 0;
}

/** Days from `today` to a report due date; negative when overdue. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
