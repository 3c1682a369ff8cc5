import { gql } from '@urql/core';
import { formatMoney } from '$lib/format';
import type { ChartConfiguration } from 'chart.js';
import { categoryLabels, euros, monthLabel } from './budget';
import type { Category } from './queries';

export type AlertKind = 'OVERRUN' | 'EARLY_OVERRUN' | 'FORECAST_GAP' | 'INCOME_BEHIND';

export interface BudgetAlert {
  kind: AlertKind;
  category: Category | null;
  message: string;
  figure: string;
  reference: string;
}

export interface ReviewLine {
  category: Category;
  direction: 'EXPENSE' | 'INCOME';
  forecast: string;
  actual: string | null;
  left: string | null;
  variance: string | null;
  consumptionPerMille: number | null;
}

export interface BudgetReview {
  actualAvailable: boolean;
  actualStale: boolean;
  actualReadAt: string | null;
  expense: { forecast: string; actual: string | null; committed: string | null; left: string | null };
  income: { forecast: string; actual: string | null; left: string | null };
  lines: ReviewLine[];
  months: Array<{ month: string; forecastExpense: string; actualExpense: string | null; forecastIncome: string; actualIncome: string | null }>;
  alerts: BudgetAlert[];
}

const reviewFields = `
  actualAvailable actualStale actualReadAt
  expense { forecast actual committed left }
  income { forecast actual left }
  lines { category direction forecast actual left variance consumptionPerMille }
  months { month forecastExpense actualExpense forecastIncome actualIncome }
  alerts { kind category message figure reference }
`;

/** Asked apart from the rest of the page: a failure of the join with Odoo must not blank the page. */
export const OrganisationReviewQuery = gql<{ organisationBudget: { review: BudgetReview } }, { year: number }>`
  query PrevuReelOrganisation($year: Int!) {
    organisationBudget(year: $year) { circleId year review { ${reviewFields} } }
  }
`;

export const CircleReviewQuery = gql<{ circle: { id: string; budget: { review: BudgetReview } } | null }, { id: string; year: number }>`
  query PrevuReelCercle($id: ID!, $year: Int!) {
    circle(id: $id) { id budget(year: $year) { circleId year review { ${reviewFields} } } }
  }
`;

export const alertKindLabels: Record<AlertKind, string> = {
  OVERRUN: 'Dépassement',
  EARLY_OVERRUN: 'Dépassement précoce',
  FORECAST_GAP: 'Écart au prévu',
  INCOME_BEHIND: 'Recettes en retard',
};

/** Forecast against actual per category, as horizontal bars (readable on a phone). */
export function reviewBarsChart(lines: ReviewLine[]): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: lines.map((l) => `${categoryLabels[l.category]}${l.direction === 'EXPENSE' ? ' (dép.)' : ' (rec.)'}`),
      datasets: [
        { label: 'Prévu', data: lines.map((l) => euros(l.forecast)), backgroundColor: '#c9c1b6' },
        { label: 'Réel', data: lines.map((l) => (l.actual === null ? null : euros(l.actual))), backgroundColor: lines.map((l) => (l.direction === 'EXPENSE' ? '#d0663a' : '#2f855a')) },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label} : ${formatMoney(((item.raw as number | null) ?? 0).toFixed(2))}` } },
      },
      scales: { x: { ticks: { callback: (value) => `${Number(value).toLocaleString('fr-FR')} €` } }, y: { ticks: { font: { size: 11 } } } },
    },
  };
}

/** Forecast per month as two lines, to draw over the actual bars. */
export function forecastLines(review: BudgetReview) {
  const line = (label: string, pick: (m: BudgetReview['months'][number]) => string, color: string) => ({
    type: 'line' as const,
    label,
    stack: label,
    data: review.months.map((m) => euros(pick(m))),
    borderColor: color,
    backgroundColor: color,
    borderDash: [6, 4],
    pointRadius: 3,
    tension: 0.2,
  });
  return [line('Dépenses prévues', (m) => m.forecastExpense, '#8a3c1b'), line('Recettes prévues', (m) => m.forecastIncome, '#1f5f3f')];
}

export const monthLabels = (review: BudgetReview) => review.months.map((m) => monthLabel(m.month));
