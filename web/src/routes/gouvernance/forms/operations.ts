import { gql } from '@urql/core';

export interface FormCircle {
  id: string;
  name: string;
  analyticCode: string;
  roles: Array<{ id: string; name: string; vacant: boolean }>;
}

export interface FormMember {
  id: string;
  displayName: string;
}

export const RecordDecision = gql<{ recordDecision: { id: string } }, { input: Record<string, unknown> }>`
  mutation EnregistrerDecision($input: DecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`;

export const RaiseTension = gql<{ raiseTension: { id: string } }, { input: Record<string, unknown> }>`
  mutation SouleverTension($input: TensionInput!) {
    raiseTension(input: $input) {
      id
    }
  }
`;

export const SetObjective = gql<{ setObjective: { id: string } }, { input: Record<string, unknown> }>`
  mutation FixerObjectif($input: ObjectiveInput!) {
    setObjective(input: $input) {
      id
    }
  }
`;

export const AssignRole = gql<{ assignRole: { id: string } }, { input: Record<string, unknown> }>`
  mutation AffecterRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      id
    }
  }
`;
