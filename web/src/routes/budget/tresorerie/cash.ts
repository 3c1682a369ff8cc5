import { formatMoney } from '$lib/format';
import type { ChartConfiguration } from 'chart.js';
import { euros, monthLabel } from '../budget';
import type { CashPlanMonth } from './queries';

const ink = '#1d4f8b';
const danger = '#c53030';

/**
 * The closing balance month by month: solid while months are real, dashed once they are forecast;
 * months under the threshold get big red points; the threshold is a thin red line.
 */
export function cashChart(months: CashPlanMonth[], threshold: string): ChartConfiguration<'line'> {
  const forecastFrom = months.findIndex((m) => m.kind === 'FORECAST');
  return {
    type: 'line',
    data: {
      labels: months.map((m) => monthLabel(m.month)),
      datasets: [
        {
          label: 'Solde de fin de mois',
          data: months.map((m) => euros(m.closing)),
          borderColor: ink,
          backgroundColor: ink,
          tension: 0.15,
          pointRadius: months.map((m) => (m.belowThreshold ? 6 : 3)),
          pointBackgroundColor: months.map((m) => (m.belowThreshold ? danger : m.kind === 'REAL' ? ink : '#fff')),
          pointBorderColor: months.map((m) => (m.belowThreshold ? danger : ink)),
          segment: { borderDash: (ctx) => (forecastFrom >= 0 && ctx.p1DataIndex >= forecastFrom ? [6, 5] : undefined) },
        },
        {
          label: `Seuil (${formatMoney(threshold)})`,
          data: months.map(() => euros(threshold)),
          borderColor: danger,
          borderWidth: 1,
          borderDash: [2, 3],
          pointRadius: 0,
          fill: false,
        },
      ],
    },
    options: {
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label} : ${formatMoney(((item.raw as number) ?? 0).toFixed(2))}`,
            afterLabel: (item) => (item.datasetIndex === 0 ? (months[item.dataIndex].kind === 'REAL' ? 'réel' : 'prévisionnel') : ''),
          },
        },
      },
      scales: { y: { ticks: { callback: (value) => `${Number(value).toLocaleString('fr-FR')} €` } } },
    },
  };
}

/** « mars 2026 ». */
export function longMonth(month: string): string {
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
