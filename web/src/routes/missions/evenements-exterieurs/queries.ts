import { gql } from '@urql/core';

/** The seven steps, then the two exits. */
export type EventRequestStatus =
  | 'RECEIVED' | 'ASSIGNED' | 'VALIDATED' | 'QUOTED' | 'ACCEPTED' | 'MISSIONS' | 'HELD' | 'INVOICED' | 'REFUSED' | 'CANCELLED';

export interface EventRequestSummary {
  id: string;
  title: string;
  requester: string;
  startsAt: string | null;
  expectedPeople: number | null;
  status: EventRequestStatus;
  pole: { id: string; name: string } | null;
  quote: { total: string } | null;
}

export interface QuoteLine {
  id: string;
  circle: { id: string; name: string };
  label: string;
  quantity: number;
  unitPrice: string;
  cost: string;
  amount: string;
}

export interface EventRequestDetail extends EventRequestSummary {
  contact: string | null;
  topic: string | null;
  endsAt: string | null;
  nextSteps: EventRequestStatus[];
  invoiceNumber: string | null;
  profitSharePercent: number;
  bienveillant: { id: string; displayName: string } | null;
  quote: { lines: QuoteLine[]; hours: number; hourlyRate: string; siteHire: string; total: string; costs: string; margin: string } | null;
  profitShare: Array<{ circle: { id: string; name: string }; amount: string }>;
  missions: Array<{ id: string; title: string; kind: string; status: string }>;
  history: Array<{ fromState: string | null; toState: string; note: string | null; at: string; by: { displayName: string } | null }>;
}

export interface Choice {
  id: string;
  name: string;
}

export const EventRequestsQuery = gql<{ eventRequests: EventRequestSummary[] }, { status: EventRequestStatus | null }>`
  query EventRequests($status: EventRequestStatus) {
    eventRequests(status: $status) { id title requester startsAt expectedPeople status pole { id name } quote { total } }
  }
`;

const DETAIL = `
  id title requester contact topic startsAt endsAt expectedPeople status nextSteps invoiceNumber profitSharePercent
  pole { id name }
  bienveillant { id displayName }
  quote { lines { id circle { id name } label quantity unitPrice cost amount } hours hourlyRate siteHire total costs margin }
  profitShare { circle { id name } amount }
  missions { id title kind status }
  history { fromState toState note at by { displayName } }
`;

export const EventRequestQuery = gql<{ eventRequest: EventRequestDetail | null }, { id: string }>`
  query EventRequest($id: ID!) { eventRequest(id: $id) { ${DETAIL} } }
`;

/** Circles (for pôles and quote lines) and members (for the bienveillant·e). */
export const ChoicesQuery = gql<{ circles: Array<Choice & { kind: string }>; members: Array<{ id: string; displayName: string }> }, Record<string, never>>`
  query EventRequestChoices { circles { id name kind } members { id displayName } }
`;

type Done = { id: string; status: EventRequestStatus };
const answer = 'id status nextSteps';

export const ReceiveMutation = gql<{ receiveEventRequest: Done }>`
  mutation ReceiveEventRequest($input: EventRequestInput!) { receiveEventRequest(input: $input) { ${answer} } }
`;
export const AssignMutation = gql`
  mutation AssignEventRequest($id: ID!, $poleId: ID!, $bienveillantId: ID!) { assignEventRequest(id: $id, poleId: $poleId, bienveillantId: $bienveillantId) { ${answer} } }
`;
export const ValidateMutation = gql`
  mutation ValidateEventRequest($id: ID!, $decidedOn: String!, $decision: String!) { validateEventRequest(id: $id, decidedOn: $decidedOn, decision: $decision) { ${answer} } }
`;
export const QuoteMutation = gql`
  mutation QuoteEventRequest($id: ID!, $input: EventQuoteInput!) { quoteEventRequest(id: $id, input: $input) { ${answer} } }
`;
export const AcceptMutation = gql`
  mutation AcceptEventQuote($id: ID!) { acceptEventQuote(id: $id) { ${answer} } }
`;
export const MissionsMutation = gql`
  mutation CreateEventMissions($id: ID!, $input: EventMissionsInput!) { createEventMissions(id: $id, input: $input) { ${answer} } }
`;
export const HeldMutation = gql`
  mutation MarkEventHeld($id: ID!) { markEventHeld(id: $id) { ${answer} } }
`;
export const InvoiceMutation = gql`
  mutation InvoiceEventRequest($id: ID!, $invoiceNumber: String!) { invoiceEventRequest(id: $id, invoiceNumber: $invoiceNumber) { ${answer} } }
`;
export const RefuseMutation = gql`
  mutation RefuseEventRequest($id: ID!, $reason: String!) { refuseEventRequest(id: $id, reason: $reason) { ${answer} } }
`;
export const CancelMutation = gql`
  mutation CancelEventRequest($id: ID!, $reason: String!) { cancelEventRequest(id: $id, reason: $reason) { ${answer} } }
`;
