import { centsFromDecimal } from '@alambic/subgraph-kit';
import { BudgetCategory, Direction, directionOf, expenseCategories, incomeCategories, isInternal, categoryLabels } from '../categories.js';
import type { Forecast } from '../forecast/forecast.type.js';

/** Thresholds of the alerts (documented in the README). */
export const alertRules = {
  /** Early overrun: spending above the time-prorated forecast by more than this share. */
  earlyTolerance: 0.1,
  /** Income behind plan: collected below the time-prorated forecast by more than this share. */
  incomeTolerance: 0.1,
  /** Forecast far from actual at period end: gap above this share of the forecast. */
  gapThreshold: 0.25,
};

export type AlertKind = 'OVERRUN' | 'EARLY_OVERRUN' | 'FORECAST_GAP' | 'INCOME_BEHIND';

export interface Alert {
  kind: AlertKind;
  category: BudgetCategory | null;
  message: string;
  /** The figure that triggered the alert. */
  figure: number;
  /** What it was compared with. */
  reference: number;
}

export interface ReviewLine {
  category: BudgetCategory;
  direction: Direction;
  forecast: number;
  actual: number | null;
  left: number | null;
  variance: number | null;
  /** Per thousand of the forecast, null without forecast or actual. */
  consumptionPerMille: number | null;
}

export interface Review {
  lines: ReviewLine[];
  expense: { forecast: number; actual: number | null; committed: number | null; left: number | null };
  income: { forecast: number; actual: number | null; left: number | null };
  months: Array<{ month: string; forecastExpense: number; actualExpense: number | null; forecastIncome: number; actualIncome: number | null }>;
  alerts: Alert[];
}

/** What the accounting subgraph sent through @requires (money as decimal strings, as on the wire). */
export interface ActualsInput {
  categories: Array<{ category: string; amount: number | string }>;
  months: Array<{ month: string; categories: Array<{ category: string; amount: number | string }> }>;
}

const cents = (v: number | string) => (typeof v === 'number' ? v : centsFromDecimal(v));
const eurosFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const euros = (c: number) => eurosFormat.format(c / 100);

/** Share of the year elapsed on `today` (Réunion date): 0 before, 1 after. */
export function elapsedShare(year: number, today: string): number {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear < year) return 0;
  if (todayYear > year) return 1;
  const start = Date.UTC(year, 0, 1);
  const day = Date.UTC(year, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const length = Date.UTC(year + 1, 0, 1) - start;
  return (day - start + 86_400_000) / length;
}

/** Forecast against actual, by category and month, with alerts each carrying the figure that triggered it. */
export function review(forecast: Forecast, actuals: ActualsInput | null, committedCents: number | null, today: string): Review {
  const actualBy = new Map(actuals?.categories.map((c) => [c.category, cents(c.amount)]) ?? []);
  const forecastBy = new Map(forecast.byCategory.map((c) => [c.category, c.amount]));
  const lines: ReviewLine[] = [...expenseCategories, ...incomeCategories].map((category) => {
    const planned = forecastBy.get(category) ?? 0;
    const actual = actuals ? (actualBy.get(category) ?? 0) : null;
    return {
      category,
      direction: directionOf(category),
      forecast: planned,
      actual,
      left: actual === null ? null : planned - actual,
      variance: actual === null ? null : actual - planned,
      consumptionPerMille: actual === null || planned === 0 ? null : Math.round((actual * 1000) / planned),
    };
  });
  const sum = (list: ReviewLine[], pick: (l: ReviewLine) => number | null) => (actuals ? list.reduce((s, l) => s + (pick(l) ?? 0), 0) : null);
  const spending = lines.filter((l) => l.direction === Direction.EXPENSE);
  const earning = lines.filter((l) => l.direction === Direction.INCOME);
  const expenseForecast = spending.reduce((s, l) => s + l.forecast, 0);
  const expenseActual = sum(spending, (l) => l.actual);
  const incomeForecast = earning.reduce((s, l) => s + l.forecast, 0);
  const incomeActual = sum(earning, (l) => l.actual);
  return {
    lines,
    expense: {
      forecast: expenseForecast,
      actual: expenseActual,
      committed: committedCents,
      left: expenseActual === null ? null : expenseForecast - expenseActual - (committedCents ?? 0),
    },
    income: { forecast: incomeForecast, actual: incomeActual, left: incomeActual === null ? null : incomeForecast - incomeActual },
    months: monthsOf(forecast, actuals),
    alerts: actuals ? alertsOf(lines, expenseForecast, expenseActual ?? 0, committedCents ?? 0, elapsedShare(forecast.year, today)) : [],
  };
}

function monthsOf(forecast: Forecast, actuals: ActualsInput | null): Review['months'] {
  const months = Array.from({ length: 12 }, (_, i) => `${forecast.year}-${String(i + 1).padStart(2, '0')}`);
  return months.map((month) => {
    const planned = forecast.byMonth.filter((m) => m.month === month);
    const real = actuals?.months.find((m) => m.month === month);
    const total = (rows: Array<{ category: string; amount: number | string }>, direction: Direction) =>
      rows.filter((r) => directionOf(r.category as BudgetCategory) === direction).reduce((s, r) => s + cents(r.amount), 0);
    return {
      month,
      forecastExpense: total(planned, Direction.EXPENSE),
      actualExpense: actuals ? total(real?.categories ?? [], Direction.EXPENSE) : null,
      forecastIncome: total(planned, Direction.INCOME),
      actualIncome: actuals ? total(real?.categories ?? [], Direction.INCOME) : null,
    };
  });
}

function alertsOf(lines: ReviewLine[], expenseForecast: number, expenseActual: number, committed: number, elapsed: number): Alert[] {
  const alerts: Alert[] = [];
  if (expenseForecast > 0 && expenseActual + committed > expenseForecast) {
    alerts.push({
      kind: 'OVERRUN',
      category: null,
      figure: expenseActual + committed,
      reference: expenseForecast,
      message: `Dépassement : ${euros(expenseActual + committed)} dépensés ou engagés pour ${euros(expenseForecast)} prévus.`,
    });
  }
  for (const line of lines) {
    if (line.actual === null || line.forecast === 0 || isInternal(line.category)) continue;
    const label = categoryLabels[line.category];
    const prorated = Math.round(line.forecast * elapsed);
    if (line.direction === Direction.EXPENSE) {
      if (line.actual > line.forecast) {
        alerts.push({ kind: 'OVERRUN', category: line.category, figure: line.actual, reference: line.forecast, message: `${label} : ${euros(line.actual)} dépensés pour ${euros(line.forecast)} prévus.` });
      } else if (elapsed < 1 && line.actual > prorated * (1 + alertRules.earlyTolerance)) {
        alerts.push({
          kind: 'EARLY_OVERRUN',
          category: line.category,
          figure: line.actual,
          reference: prorated,
          message: `${label} : ${euros(line.actual)} dépensés alors qu’à cette date on en attendait ${euros(prorated)} (${Math.round(elapsed * 100)} % de l’année).`,
        });
      }
    } else if (elapsed > 0 && line.actual < prorated * (1 - alertRules.incomeTolerance)) {
      alerts.push({
        kind: 'INCOME_BEHIND',
        category: line.category,
        figure: line.actual,
        reference: prorated,
        message: `${label} : ${euros(line.actual)} encaissés alors qu’à cette date on en attendait ${euros(prorated)}.`,
      });
    }
    if (elapsed >= 1 && Math.abs(line.actual - line.forecast) > line.forecast * alertRules.gapThreshold) {
      alerts.push({
        kind: 'FORECAST_GAP',
        category: line.category,
        figure: line.actual,
        reference: line.forecast,
        message: `${label} : l’année close, le réel (${euros(line.actual)}) s’écarte de plus de ${alertRules.gapThreshold * 100} % du prévu (${euros(line.forecast)}).`,
      });
    }
  }
  return alerts;
}
