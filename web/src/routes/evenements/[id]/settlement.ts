import { gql } from '@urql/core';

export interface SettlementPart {
  circle: { id: string; name: string };
  perMille: number;
  amount: string;
}

export interface Settlement {
  revenue: string | null;
  kept: string | null;
  booked: boolean;
  organiser: { id: string; name: string } | null;
  parts: SettlementPart[];
}

export const SettlementQuery = gql<{ event: { id: string; referents: Array<{ displayName: string }>; settlement: Settlement | null } | null; circles: Array<{ id: string; name: string; kind: string }> }, { id: string }>`
  query RepartitionEvenement($id: ID!) {
    event(id: $id) { id referents { displayName } settlement { revenue kept booked organiser { id name } parts { circle { id name } perMille amount } } }
    circles { id name kind }
  }
`;

export const SetRuleMutation = gql<{ setEventSettlementRule: Array<{ id: string }> }, { id: string; shares: Array<{ circleId: string; perMille: number }> }>`
  mutation RegleRepartition($id: ID!, $shares: [SettlementShareInput!]!) { setEventSettlementRule(eventId: $id, shares: $shares) { id } }
`;

export const SettleMutation = gql<{ settleEvent: Array<{ amount: string }> }, { id: string; organiserId: string; revenue: string }>`
  mutation RepartirRecette($id: ID!, $organiserId: ID!, $revenue: Money!) { settleEvent(eventId: $id, organiserId: $organiserId, revenue: $revenue) { amount } }
`;
