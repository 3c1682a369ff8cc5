import { gql } from '@urql/core';

export type CircleKind = 'GROUP' | 'POLE' | 'PROJECT' | 'ACTION';

export interface ChartRole {
  id: string;
  name: string;
  required: boolean;
  vacant: boolean;
  fillers: Array<{ id: string; member: { id: string; displayName: string } }>;
}

export interface ChartCircle {
  id: string;
  name: string;
  kind: CircleKind;
  analyticCode: string;
  parent: { id: string } | null;
  roles: ChartRole[];
}

export interface VacancyRow {
  reason: string;
  role: { id: string; name: string };
  circle: { id: string; name: string; analyticCode: string };
}

export interface OrgChartData {
  circles: ChartCircle[];
  vacancyReport: {
    vacancies: VacancyRow[];
    alerts: Array<{ kind: string; message: string; circle: { id: string; name: string } | null }>;
    checks: Array<{ kind: string; label: string; checkable: boolean; reason: string | null }>;
  };
}

/** The whole role chart and the organisation's vacancies in one request. */
export const OrgChartQuery = gql<OrgChartData, Record<string, never>>`
  query Organigramme {
    circles {
      id
      name
      kind
      analyticCode
      parent {
        id
      }
      roles {
        id
        name
        required
        vacant
        fillers {
          id
          member {
            id
            displayName
          }
        }
      }
    }
    vacancyReport {
      vacancies {
        reason
        role {
          id
          name
        }
        circle {
          id
          name
          analyticCode
        }
      }
      alerts {
        kind
        message
        circle {
          id
          name
        }
      }
      checks {
        kind
        label
        checkable
        reason
      }
    }
  }
`;
