import { gql } from '@urql/core';

export type CircleKind = 'GROUP' | 'POLE' | 'PROJECT' | 'ACTION';

/** Spent and collected for a year, from Odoo through the accounting subgraph. */
export interface CircleActuals {
  /** Decimal string in euros, e.g. "1234.50". */
  spent: string;
  collected: string;
  /** ISO datetime of the Odoo read these figures come from. */
  readAt: string;
  /** True when Odoo did not answer and these are the last good figures. */
  stale: boolean;
}

export interface CircleRow {
  id: string;
  name: string;
  kind: CircleKind;
  analyticCode: string;
  purpose: string | null;
  vacantRoleCount: number;
  parent: { id: string } | null;
  /** Null when Odoo is unavailable (an error in `errors` names the source). */
  actuals: CircleActuals | null;
}

export interface CirclesTreeData {
  circles: CircleRow[];
}

export interface CirclesTreeVariables {
  year: number;
}

/** The whole tree in one request across subgraphs: circles from `internal`, actuals from `accounting`. */
export const CirclesTreeQuery = gql<CirclesTreeData, CirclesTreeVariables>`
  query ArbreDesCercles($year: Int!) {
    circles {
      id
      name
      kind
      analyticCode
      purpose
      vacantRoleCount
      parent {
        id
      }
      actuals(year: $year) {
        spent
        collected
        readAt
        stale
      }
    }
  }
`;
