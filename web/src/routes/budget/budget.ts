import { formatMoney, formatReunionDateTime, parseCents } from '$lib/format';
import type { ChartConfiguration } from 'chart.js';
import type { AccountingDocument, Actuals, Category, DocumentKind, PaymentState } from './queries';
import { forecastLines, type BudgetReview } from './review';

export const spendingCategories: Category[] = ['CARE', 'INTERNAL_SERVICE', 'EXTERNAL_PURCHASE', 'INTERNAL_EXPENSE'];
export const incomeCategories: Category[] = ['SERVICE_INCOME', 'GRANT', 'SALE', 'INTERNAL_INCOME'];

export const categoryLabels: Record<Category, string> = {
  CARE: 'Bienveillance',
  INTERNAL_SERVICE: 'Presta interne',
  EXTERNAL_PURCHASE: 'Presta externe / achats',
  INTERNAL_EXPENSE: 'Dépense interne',
  SERVICE_INCOME: 'Prestations',
  GRANT: 'Subventions',
  SALE: 'Ventes',
  INTERNAL_INCOME: 'Recettes internes',
};

const colors: Record<Category, string> = {
  CARE: '#b4532a',
  INTERNAL_SERVICE: '#d98b4a',
  EXTERNAL_PURCHASE: '#8a3c1b',
  INTERNAL_EXPENSE: '#e6b98f',
  SERVICE_INCOME: '#2f855a',
  GRANT: '#276749',
  SALE: '#68b58a',
  INTERNAL_INCOME: '#a8d8b9',
};

export const paymentLabels: Record<PaymentState, string> = {
  NOT_PAID: 'Non payée',
  IN_PAYMENT: 'En cours de paiement',
  PAID: 'Payée',
  PARTIAL: 'Partiellement payée',
  REVERSED: 'Extournée',
  BLOCKED: 'Bloquée',
  LEGACY: 'Ancien système',
};

export const paymentTones: Record<PaymentState, 'neutral' | 'info' | 'warning' | 'danger' | 'copper'> = {
  NOT_PAID: 'warning',
  IN_PAYMENT: 'info',
  PAID: 'neutral',
  PARTIAL: 'copper',
  REVERSED: 'neutral',
  BLOCKED: 'danger',
  LEGACY: 'neutral',
};

export const kindLabels: Record<DocumentKind, string> = {
  BILL: 'Facture fournisseur',
  BILL_REFUND: 'Avoir fournisseur',
  INVOICE: 'Facture client',
  INVOICE_REFUND: 'Avoir client',
};

/** One row of a recap table: the forecast comes from the hub's review, the actual from Odoo. */
export interface RecapRow {
  label: string;
  forecast: string | null;
  actual: string | null;
  left: string | null;
  /** Actual per thousand of the forecast. */
  perMille: number | null;
}

export function recapRows(actuals: Actuals | null, categories: Category[], review: BudgetReview | null): RecapRow[] {
  return categories.map((category) => {
    const found = actuals?.categories.find((c) => c.category === category);
    const line = review?.lines.find((l) => l.category === category);
    const actual = found?.amount ?? line?.actual ?? (actuals ? '0.00' : null);
    return { label: categoryLabels[category], forecast: line?.forecast ?? null, actual, left: line?.left ?? null, perMille: line?.consumptionPerMille ?? null };
  });
}

/** "2026-03" → « mars ». */
export function monthLabel(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' }).format(date);
}

/** "2026-03-18" → « 18/03/2026 ». */
export function dateLabel(date: string | null): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export const euros = (amount: string) => Number(parseCents(amount)) / 100;

/** Bars by month: spending categories stacked on one side, income on the other; the forecast drawn over them as dashed lines. */
export function monthlyChart(actuals: Actuals | null, review: BudgetReview | null): ChartConfiguration {
  const months = actuals?.months.map((m) => m.month) ?? review?.months.map((m) => m.month) ?? [];
  const dataset = (category: Category, stack: string) => ({
    label: categoryLabels[category],
    stack,
    backgroundColor: colors[category],
    data: months.map((month) => euros(actuals?.months.find((m) => m.month === month)?.categories.find((c) => c.category === category)?.amount ?? '0')),
  });
  const bars = actuals ? [...spendingCategories.map((c) => dataset(c, 'Dépensé')), ...incomeCategories.map((c) => dataset(c, 'Encaissé'))] : [];
  return {
    type: 'bar',
    data: {
      labels: months.map(monthLabel),
      datasets: [...(review ? forecastLines(review) : []), ...bars] as ChartConfiguration['data']['datasets'],
    },
    options: {
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label} : ${formatMoney(((item.raw as number | null) ?? 0).toFixed(2))}` } },
      },
      scales: {
        x: { stacked: true },
        y: { stacked: true, ticks: { callback: (value) => `${Number(value).toLocaleString('fr-FR')} €` } },
      },
    },
  };
}

export function freshness(readAt: string, stale: boolean): string | null {
  return stale ? `données du ${formatReunionDateTime(readAt)}` : null;
}

export function documentCsvRows(items: AccountingDocument[], withShare: boolean): Array<Array<string | null>> {
  return items.map((d) => [
    d.number ?? 'Brouillon',
    kindLabels[d.kind],
    d.partnerName,
    d.date,
    d.dueDate,
    d.category ? categoryLabels[d.category] : null,
    d.total.replace('.', ','),
    d.residual.replace('.', ','),
    paymentLabels[d.paymentState],
    ...(withShare ? [d.circleShare?.replace('.', ',') ?? null] : []),
  ]);
}
