import { gql } from '@urql/core';
import type { FormCircle, FormMember } from './forms/operations';

export interface IndicatorRow {
  id: string;
  name: string;
  unit: string;
  target: number;
  actual: number | null;
  source: string;
  progress: number | null;
}

export interface ObjectiveRow {
  id: string;
  semester: string;
  title: string;
  circle: { id: string; name: string };
  indicators: IndicatorRow[];
}

export interface DecisionRow {
  id: string;
  title: string;
  status: 'PROPOSED' | 'ADOPTED' | 'REJECTED';
  process: string;
  decidedOn: string | null;
  reviewOn: string | null;
  reviewDue: boolean;
  outcome: string | null;
  circle: { id: string; name: string };
  objections: Array<{ text: string; integration: string | null }>;
}

export interface TensionRow {
  id: string;
  title: string;
  kind: 'GOVERNANCE' | 'OPERATIONAL';
  status: string;
  circle: { id: string; name: string };
  raisedBy: { displayName: string } | null;
}

export interface GovernanceData {
  currentSemester: string;
  circles: FormCircle[];
  members: FormMember[];
  decisions: DecisionRow[];
  tensions: TensionRow[];
  objectives: ObjectiveRow[];
  processDocLinks: Array<{ id: string; title: string; url: string; process: string | null }>;
}

export const GovernanceQuery = gql<GovernanceData, Record<string, never>>`
  query Gouvernance {
    currentSemester
    circles {
      id
      name
      analyticCode
      roles {
        id
        name
        vacant
      }
    }
    members {
      id
      displayName
    }
    decisions {
      id
      title
      status
      process
      decidedOn
      reviewOn
      reviewDue
      outcome
      circle {
        id
        name
      }
      objections {
        text
        integration
      }
    }
    tensions {
      id
      title
      kind
      status
      circle {
        id
        name
      }
      raisedBy {
        displayName
      }
    }
    objectives {
      id
      semester
      title
      circle {
        id
        name
      }
      indicators {
        id
        name
        unit
        target
        actual
        source
        progress
      }
    }
    processDocLinks {
      id
      title
      url
      process
    }
  }
`;

export const statusLabels: Record<string, string> = {
  PROPOSED: 'proposée',
  ADOPTED: 'adoptée',
  REJECTED: 'rejetée',
  OPEN: 'ouverte',
  IN_PROGRESS: 'en traitement',
  RESOLVED: 'résolue',
  DROPPED: 'abandonnée',
};

export const processLabels: Record<string, string> = { CONSENT: 'consentement', ADVICE: 'sollicitation d’avis', CONSENSUS: 'consensus' };
export const sourceLabels: Record<string, string> = { MANUAL: 'saisie', ODOO: 'Odoo', TIBILLET: 'TiBillet', OCECO: 'Oceco' };
