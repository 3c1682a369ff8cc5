import { centsFromDecimal } from '@alambic/subgraph-kit';
import { BudgetCategory, Direction, directionOf, isInternal } from '../categories.js';
import type { Forecast } from '../forecast/forecast.type.js';

/* The monthly cash plan (domain.md §5.4): past months are the bank's real movements; from the current month on,
 * forecasts net of what already happened, open invoices and bills by due date, grant instalments and manual lines. */

export type CashSource = 'BANK' | 'BUDGET' | 'GRANT_INSTALMENT' | 'RECEIVABLE' | 'PAYABLE' | 'MANUAL';

export interface CashLineOut {
  source: CashSource;
  label: string;
  direction: Direction;
  amount: number;
}

export interface CashMonth {
  month: string;
  kind: 'REAL' | 'FORECAST';
  opening: number;
  inflow: number;
  outflow: number;
  closing: number;
  belowThreshold: boolean;
  lines: CashLineOut[];
}

type Money = number | string;
const cents = (v: Money) => (typeof v === 'number' ? v : centsFromDecimal(v));

export interface CashPlanInputs {
  year: number;
  /** Réunion date `YYYY-MM-DD`. */
  today: string;
  threshold: number;
  forecast: Forecast;
  accounting: {
    openingBalance: Money;
    months: Array<{ month: string; inflow: Money; outflow: Money }>;
    openDocuments: Array<{ number: string | null; partnerName: string | null; direction: string; dueDate: string | null; residual: Money; category: string | null }>;
    actual: Array<{ category: string; amount: Money }>;
  };
  instalments: Array<{ label: string; expectedOn: string; expected: number; received: number | null }>;
  manualLines: Array<{ month: string; direction: Direction; amount: number; label: string }>;
}

const categoryLabel: Record<string, string> = {
  CARE: 'bienveillance',
  INTERNAL_SERVICE: 'presta interne',
  EXTERNAL_PURCHASE: 'presta externe / achats',
  SERVICE_INCOME: 'prestations',
  GRANT: 'subventions',
  SALE: 'ventes',
};

export function cashPlan(inputs: CashPlanInputs): { openingBalance: number; months: CashMonth[]; lowestBalance: number } {
  const { year, today, threshold, forecast, accounting } = inputs;
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const todayMonth = today.slice(0, 7);
  const firstForecast = todayMonth < months[0] ? months[0] : todayMonth > months[11] ? null : todayMonth;
  const isForecast = (month: string) => firstForecast !== null && month >= firstForecast;
  const lines = new Map<string, CashLineOut[]>(months.map((m) => [m, []]));
  const add = (month: string, line: CashLineOut) => {
    if (line.amount !== 0) lines.get(month)?.push(line);
  };

  for (const m of accounting.months) {
    if (!isForecast(m.month)) {
      add(m.month, { source: 'BANK', label: 'Encaissements réels', direction: Direction.INCOME, amount: cents(m.inflow) });
      add(m.month, { source: 'BANK', label: 'Décaissements réels', direction: Direction.EXPENSE, amount: cents(m.outflow) });
    }
  }
  if (firstForecast) {
    const inForecast = (date: string | null) => (date && date.slice(0, 7) > firstForecast ? date.slice(0, 7) : firstForecast);
    const openByCategory = new Map<string, number>();
    for (const doc of accounting.openDocuments) {
      const month = inForecast(doc.dueDate);
      if (month > months[11]) continue;
      const amount = cents(doc.residual);
      const direction = doc.direction === 'INCOME' ? Direction.INCOME : Direction.EXPENSE;
      add(month, { source: direction === Direction.INCOME ? 'RECEIVABLE' : 'PAYABLE', label: `${doc.number ?? 'Brouillon'} · ${doc.partnerName ?? ''}`.trim(), direction, amount });
      if (doc.category) openByCategory.set(doc.category, (openByCategory.get(doc.category) ?? 0) + amount);
    }
    let expectedGrants = 0;
    for (const instalment of inputs.instalments) {
      if (instalment.received !== null) continue;
      const month = inForecast(instalment.expectedOn);
      if (month > months[11] || instalment.expectedOn.slice(0, 4) !== String(year)) continue;
      add(month, { source: 'GRANT_INSTALMENT', label: instalment.label, direction: Direction.INCOME, amount: instalment.expected });
      expectedGrants += instalment.expected;
    }
    openByCategory.set(BudgetCategory.GRANT, (openByCategory.get(BudgetCategory.GRANT) ?? 0) + expectedGrants);
    addNettedForecast(forecast, accounting.actual, openByCategory, firstForecast, add);
    for (const manual of inputs.manualLines) if (isForecast(manual.month)) add(manual.month, { source: 'MANUAL', label: manual.label, direction: manual.direction, amount: manual.amount });
  }

  let opening = cents(accounting.openingBalance);
  const openingBalance = opening;
  let lowest = Number.POSITIVE_INFINITY;
  const result = months.map((month) => {
    const monthLines = lines.get(month)!;
    const inflow = monthLines.filter((l) => l.direction === Direction.INCOME).reduce((s, l) => s + l.amount, 0);
    const outflow = monthLines.filter((l) => l.direction === Direction.EXPENSE).reduce((s, l) => s + l.amount, 0);
    const closing = opening + inflow - outflow;
    const row: CashMonth = { month, kind: isForecast(month) ? 'FORECAST' : 'REAL', opening, inflow, outflow, closing, belowThreshold: closing < threshold, lines: monthLines };
    lowest = Math.min(lowest, closing);
    opening = closing;
    return row;
  });
  return { openingBalance, months: result, lowestBalance: lowest };
}

/** Forecasts from the first forecast month on, net of what already happened: an actual (or an open document, or an
 * expected grant instalment) beyond what was planned for the past eats into the planned months ahead; planned
 * amounts of past months that did not happen are dropped. Internal transfers cancel out in the organisation. */
function addNettedForecast(
  forecast: Forecast,
  actual: Array<{ category: string; amount: Money }>,
  open: Map<string, number>,
  firstForecast: string,
  add: (month: string, line: CashLineOut) => void,
): void {
  const actualBy = new Map(actual.map((a) => [a.category, cents(a.amount)]));
  for (const category of Object.values(BudgetCategory)) {
    if (isInternal(category)) continue;
    const rows = forecast.byMonth.filter((r) => r.category === category);
    const past = rows.filter((r) => r.month < firstForecast).reduce((s, r) => s + r.amount, 0);
    let excess = Math.max(0, (actualBy.get(category) ?? 0) + (open.get(category) ?? 0) - past);
    for (const row of rows.filter((r) => r.month >= firstForecast).sort((a, b) => a.month.localeCompare(b.month))) {
      const used = Math.min(excess, row.amount);
      excess -= used;
      add(row.month, { source: 'BUDGET', label: `Prévisionnel ${categoryLabel[category] ?? category}`, direction: directionOf(category), amount: row.amount - used });
    }
  }
}
