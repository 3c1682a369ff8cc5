import { gql } from '@urql/core';

export interface BoardMission {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  expectedHours: number | null;
  skills: string[];
  minPeople: number;
  maxPeople: number;
  remuneration: string;
  applicationDeadline: string | null;
  status: string;
  acceptedCount: number;
  circle: { id: string; name: string };
  envelope: { envelope: string; claimed: string; validated: string; remaining: string; overClaimed: boolean };
  myApplication: { id: string; status: string } | null;
}

export interface QueueClaim {
  id: string;
  workDate: string;
  hours: number;
  description: string;
  amountProposed: string;
  member: { displayName: string };
  mission: { title: string; envelope: { remaining: string; overClaimed: boolean } };
}

export interface MissionsBoard {
  missions: BoardMission[];
  myWork: {
    claimsToValidate: QueueClaim[];
    applicationsToDecide: Array<{ id: string; motivation: string | null; member: { displayName: string }; mission: { title: string } }>;
  };
}

export const MissionsBoardQuery = gql<MissionsBoard, { statuses: string[] }>`
  query MissionsBoard($statuses: [MissionStatus!]) {
    missions(statuses: $statuses) {
      id kind title description expectedHours skills minPeople maxPeople remuneration applicationDeadline status acceptedCount
      circle { id name }
      envelope { envelope claimed validated remaining overClaimed }
      myApplication { id status }
    }
    myWork {
      claimsToValidate { id workDate hours description amountProposed member { displayName } mission { title envelope { remaining overClaimed } } }
      applicationsToDecide { id motivation member { displayName } mission { title } }
    }
  }
`;

export const ApplyMutation = gql`
  mutation ApplyToMission($missionId: ID!) { applyToMission(missionId: $missionId) { id status } }
`;
export const DecideMutation = gql`
  mutation DecideApplication($id: ID!, $accept: Boolean!) { decideApplication(id: $id, accept: $accept) { id status } }
`;
export const ProposeMutation = gql`
  mutation ProposeRemuneration($input: RemunerationClaimInput!) { proposeRemuneration(input: $input) { id state } }
`;
export const ValidateMutation = gql`
  mutation ValidateRemuneration($id: ID!, $amount: Money, $note: String) { validateRemuneration(id: $id, amount: $amount, note: $note) { id state amount } }
`;
