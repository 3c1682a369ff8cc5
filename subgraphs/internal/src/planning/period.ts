import { BadUserInputError } from '@alambic/subgraph-kit';

/** A budget period: a month (`2026-03`) or a semester (`2026-S1`). */
export interface Period {
  key: string;
  year: number;
  kind: 'MONTH' | 'SEMESTER';
  /** First and last month covered, `YYYY-MM`. */
  firstMonth: string;
  lastMonth: string;
}

const pattern = /^(\d{4})-(?:(0[1-9]|1[0-2])|S([12]))$/;
export const yearRange = { min: 2000, max: 2100 };

export function parsePeriod(text: string): Period {
  const match = pattern.exec(text.trim());
  if (!match) throw new BadUserInputError(`Période invalide : « ${text} » (attendu un mois AAAA-MM ou un semestre AAAA-S1 / AAAA-S2).`, 'period');
  const year = Number(match[1]);
  if (year < yearRange.min || year > yearRange.max) {
    throw new BadUserInputError(`Période hors limites : ${year} (années ${yearRange.min} à ${yearRange.max}).`, 'period');
  }
  if (match[2]) {
    const month = `${year}-${match[2]}`;
    return { key: month, year, kind: 'MONTH', firstMonth: month, lastMonth: month };
  }
  const first = match[3] === '1' ? '01' : '07';
  const last = match[3] === '1' ? '06' : '12';
  return { key: `${year}-S${match[3]}`, year, kind: 'SEMESTER', firstMonth: `${year}-${first}`, lastMonth: `${year}-${last}` };
}

/** Every `YYYY-MM` of a period. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.firstMonth.split('-').map(Number);
  const [ly, lm] = period.lastMonth.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** Splits cents over `parts` months exactly: the remainder goes to the first months, so the parts add up. */
export function spread(cents: number, parts: number): number[] {
  const base = Math.trunc(cents / parts);
  const rest = cents - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0));
}
