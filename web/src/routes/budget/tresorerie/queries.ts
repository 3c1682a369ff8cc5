import { gql } from '@urql/core';
import type { CircleChoice } from '../queries';

export type CashSource = 'BANK' | 'BUDGET' | 'GRANT_INSTALMENT' | 'RECEIVABLE' | 'PAYABLE' | 'MANUAL';
export type Direction = 'EXPENSE' | 'INCOME';

export interface CashPlanMonth {
  month: string;
  kind: 'REAL' | 'FORECAST';
  opening: string;
  inflow: string;
  outflow: string;
  closing: string;
  belowThreshold: boolean;
  lines: Array<{ source: CashSource; label: string; direction: Direction; amount: string }>;
}

export interface CashPlan {
  year: number;
  threshold: string;
  bankAvailable: boolean;
  readAt: string | null;
  stale: boolean;
  openingBalance: string | null;
  lowestBalance: string | null;
  months: CashPlanMonth[];
}

export const CashPlanQuery = gql<{ cashPlan: CashPlan }, { year: number; threshold: string }>`
  query PlanDeTresorerie($year: Int!, $threshold: Money!) {
    cashPlan(year: $year, threshold: $threshold) {
      year threshold bankAvailable readAt stale openingBalance lowestBalance
      months { month kind opening inflow outflow closing belowThreshold lines { source label direction amount } }
    }
  }
`;

export interface CashLine {
  id: string;
  month: string;
  direction: Direction;
  amount: string;
  label: string;
}

export const CashLinesQuery = gql<{ me: { id: string; isAdmin: boolean } | null; cashLines: CashLine[]; circles: CircleChoice[] }, { year: number }>`
  query LignesDeTresorerie($year: Int!) {
    me { id isAdmin }
    cashLines(year: $year) { id month direction amount label }
    circles { id name kind analyticCode }
  }
`;

export const CreateCashLine = gql<
  { createCashLine: CashLine },
  { input: { month: string; direction: Direction; amount: string; label: string; circleId: string | null } }
>`
  mutation AjouterLigneTresorerie($input: CashLineInput!) { createCashLine(input: $input) { id month direction amount label } }
`;

export const DeleteCashLine = gql<{ deleteCashLine: boolean }, { id: string }>`
  mutation SupprimerLigneTresorerie($id: ID!) { deleteCashLine(id: $id) }
`;

export const sourceLabels: Record<CashSource, string> = {
  BANK: 'Banque (réel)',
  BUDGET: 'Prévisionnel',
  GRANT_INSTALMENT: 'Versement de subvention',
  RECEIVABLE: 'Facture client à encaisser',
  PAYABLE: 'Facture fournisseur à payer',
  MANUAL: 'Saisie manuelle',
};
