import { gql } from '@urql/core';

export type ParticipationState = 'JOINED' | 'TO_MODERATE' | 'VALIDATED' | 'REFUSED';

export interface ActionCounts {
  joined: number;
  toModerate: number;
  validated: number;
  refused: number;
}

export interface MyAction {
  state: ParticipationState;
  action: { id: string; name: string; credits: number; start: string | null; end: string | null; estimatedHours: number | null };
}

export interface LedgerLine {
  id: string;
  at: string;
  delta: number;
  actionName: string | null;
  comment: string | null;
}

/** Null when Oceco is unavailable (an error in `errors` names the source). */
export interface MemberVolunteer {
  linked: boolean;
  balance: number;
  unit: string;
  readAt: string | null;
  stale: boolean;
  actionCounts: ActionCounts;
}

export interface VolunteerMember {
  id: string;
  displayName: string;
  volunteer: MemberVolunteer | null;
}

export interface Me extends VolunteerMember {
  volunteer: (MemberVolunteer & { ledger: LedgerLine[]; actions: MyAction[] }) | null;
}

export interface CircleVolunteerRow {
  id: string;
  name: string;
  kind: string;
  ocecoProjectId: string | null;
  volunteerActions: {
    linked: boolean;
    stale: boolean;
    readAt: string | null;
    totals: { actions: number; openActions: number; openPlaces: number; creditsOffered: number; creditsValidated: number; validated: number; toModerate: number };
  } | null;
}

export interface AgendaEntry {
  id: string;
  title: string;
  description: string | null;
  start: string;
  end: string | null;
  allDay: boolean;
  estimatedHours: number | null;
}

export interface FollowUpData {
  me: Me | null;
  members: VolunteerMember[];
  circles: CircleVolunteerRow[];
  agenda: { entries: AgendaEntry[]; stale: boolean; readAt: string } | null;
}

export interface FollowUpVariables {
  from: string;
  to: string;
}

const counts = 'actionCounts { joined toModerate validated refused }';

/** Everything the page shows, in one request: members from `internal`, their accounts, the circles' totals and
 * the agenda from `volunteering` (Oceco). */
export const FollowUpQuery = gql<FollowUpData, FollowUpVariables>`
  query SuiviVolontariat($from: DateTimeISO!, $to: DateTimeISO!) {
    me {
      id
      displayName
      volunteer {
        linked balance unit readAt stale ${counts}
        ledger(limit: 10) { id at delta actionName comment }
        actions { state action { id name credits start end estimatedHours } }
      }
    }
    members {
      id
      displayName
      volunteer { linked balance unit readAt stale ${counts} }
    }
    circles {
      id
      name
      kind
      ocecoProjectId
      volunteerActions {
        linked stale readAt
        totals { actions openActions openPlaces creditsOffered creditsValidated validated toModerate }
      }
    }
    agenda(from: $from, to: $to) {
      stale
      readAt
      entries { id title description start end allDay estimatedHours }
    }
  }
`;
