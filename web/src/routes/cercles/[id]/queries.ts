import { gql } from '@urql/core';
import type { FormMember } from '../../gouvernance/forms/operations';
import type { DecisionRow, ObjectiveRow, TensionRow } from '../../gouvernance/queries';

export interface CircleRole {
  id: string;
  name: string;
  purpose: string | null;
  accountabilities: string[];
  required: boolean;
  minFillers: number;
  maxFillers: number;
  vacant: boolean;
  flags: { internalService: boolean; frameworkGuarantor: boolean; budgetGrantReferent: boolean; taskPlanningReferent: boolean; careLead: boolean };
  fillers: Array<{ id: string; from: string; until: string | null; member: { id: string; displayName: string } }>;
  docLinks: Array<{ id: string; title: string; url: string }>;
}

export interface CirclePageData {
  circle: {
    id: string;
    name: string;
    kind: 'GROUP' | 'POLE' | 'PROJECT' | 'ACTION';
    analyticCode: string;
    purpose: string | null;
    archived: boolean;
    canManage: boolean;
    parent: { id: string; name: string } | null;
    children: Array<{ id: string; name: string; analyticCode: string; vacantRoleCount: number }>;
    roles: CircleRole[];
    vacancies: Array<{ reason: string; role: { id: string; name: string } }>;
    decisions: Array<Omit<DecisionRow, 'circle'>>;
    tensions: Array<Omit<TensionRow, 'circle'>>;
    objectives: Array<Omit<ObjectiveRow, 'circle'>>;
    docLinks: Array<{ id: string; title: string; url: string }>;
  } | null;
  members: FormMember[];
}

export const CirclePageQuery = gql<CirclePageData, { id: string }>`
  query PageCercle($id: ID!) {
    circle(id: $id) {
      id
      name
      kind
      analyticCode
      purpose
      archived
      canManage
      parent {
        id
        name
      }
      children {
        id
        name
        analyticCode
        vacantRoleCount
      }
      roles {
        id
        name
        purpose
        accountabilities
        required
        minFillers
        maxFillers
        vacant
        flags {
          internalService
          frameworkGuarantor
          budgetGrantReferent
          taskPlanningReferent
          careLead
        }
        fillers {
          id
          from
          until
          member {
            id
            displayName
          }
        }
        docLinks {
          id
          title
          url
        }
      }
      vacancies {
        reason
        role {
          id
          name
        }
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
        raisedBy {
          displayName
        }
      }
      objectives {
        id
        semester
        title
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
      docLinks {
        id
        title
        url
      }
    }
    members {
      id
      displayName
    }
  }
`;

export const flagLabels: Array<[keyof CircleRole['flags'], string]> = [
  ['internalService', 'presta interne'],
  ['frameworkGuarantor', 'garant·e du cadre'],
  ['budgetGrantReferent', 'référent·e budget / subvention'],
  ['taskPlanningReferent', 'référent·e tâches / planning'],
  ['careLead', 'bienveillant·e'],
];
