import { gql } from '@urql/core';
import type { Category, CircleChoice } from '../queries';
import type { BudgetReview } from '../review';
import type { PlannedLine } from './grid';

const lineFields = 'id period category label amount grant { id label }';

export const ForecastEntryQuery = gql<{ circles: CircleChoice[] }, Record<string, never>>`
  query PrevisionnelCercles {
    circles { id name kind analyticCode }
  }
`;

export const BudgetLinesQuery = gql<{ budgetLines: PlannedLine[] }, { circleId: string; year: number }>`
  query PrevisionnelLignes($circleId: ID!, $year: Int!) {
    budgetLines(circleId: $circleId, year: $year) { ${lineFields} }
  }
`;

/** The circle with its sub-circles: what the grid changes in the review. */
export const ForecastReviewQuery = gql<
  { circle: { id: string; budget: { review: Pick<BudgetReview, 'actualAvailable' | 'expense' | 'income' | 'alerts'> } } | null },
  { id: string; year: number }
>`
  query PrevisionnelSuivi($id: ID!, $year: Int!) {
    circle(id: $id) { id budget(year: $year) { circleId year review { actualAvailable expense { forecast actual committed left } income { forecast actual left } alerts { kind category message figure reference } } } }
  }
`;

export interface BudgetLineInput {
  circleId: string;
  period: string;
  category: Category;
  label: string;
  amount: string;
  grantId: string | null;
}

export const CreateBudgetLine = gql<{ createBudgetLine: PlannedLine }, { input: BudgetLineInput }>`
  mutation CreerLignePrevisionnel($input: BudgetLineInput!) { createBudgetLine(input: $input) { ${lineFields} } }
`;

export const UpdateBudgetLine = gql<{ updateBudgetLine: PlannedLine }, { id: string; input: BudgetLineInput }>`
  mutation ModifierLignePrevisionnel($id: ID!, $input: BudgetLineInput!) { updateBudgetLine(id: $id, input: $input) { ${lineFields} } }
`;

export const DeleteBudgetLine = gql<{ deleteBudgetLine: boolean }, { id: string }>`
  mutation SupprimerLignePrevisionnel($id: ID!) { deleteBudgetLine(id: $id) }
`;
