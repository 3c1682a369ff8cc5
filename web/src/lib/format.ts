/**
 * Formatting for the collective's figures. Amounts cross the graph as exact decimal strings
 * ("1234.50"); they are parsed into integer cents (bigint) and never go through a float.
 */

/** A decimal amount in euros, as the graph sends it: "1234.50", "-12.3", "0". */
export type DecimalString = string;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;
/** Intl's fr-FR separators, so our output matches `Intl.NumberFormat('fr-FR', { style: 'currency' })`. */
const GROUP_SEPARATOR = '\u202f'; // espace fine insécable
const CURRENCY_SEPARATOR = '\u00a0'; // espace insécable

/** Parses "1234.50" into 123450n. More than two decimals are rounded half away from zero. */
export function parseCents(amount: DecimalString): bigint {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new Error(`Montant illisible : « ${amount} »`);
  const [, sign, units, decimals = ''] = match;
  const padded = decimals.padEnd(3, '0');
  let cents = BigInt(units) * 100n + BigInt(padded.slice(0, 2));
  if (Number(padded[2]) >= 5) cents += 1n;
  return sign === '-' ? -cents : cents;
}

/** Groups the digits of a non-negative integer by three: "1234567" → "1 234 567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
}

/** 123450n → « 1 234,50 € ». */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const absolute = negative ? -cents : cents;
  const units = groupThousands((absolute / 100n).toString());
  const rest = (absolute % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units},${rest}${CURRENCY_SEPARATOR}€`;
}

/** "1234.50" → « 1 234,50 € ». */
export function formatMoney(amount: DecimalString): string {
  return formatCents(parseCents(amount));
}

/** Exact sum of decimal amounts, in cents. */
export function sumCents(amounts: readonly DecimalString[]): bigint {
  return amounts.reduce((total, amount) => total + parseCents(amount), 0n);
}

/** The collective's time zone (UTC+4, no daylight saving). */
export const REUNION_TIME_ZONE = 'Indian/Reunion';

const reunionDate = new Intl.DateTimeFormat('fr-FR', { timeZone: REUNION_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const reunionTime = new Intl.DateTimeFormat('fr-FR', { timeZone: REUNION_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** "2026-11-23T10:05:00Z" → « 23/11/2026 à 14:05 » (heure de La Réunion). */
export function formatReunionDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${reunionDate.format(date)} à ${reunionTime.format(date)}`;
}

/** The current year at La Réunion (differs from UTC for four hours around New Year). */
export function currentReunionYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: REUNION_TIME_ZONE, year: 'numeric' }).format(now));
}

/** « 1 rôle vacant », « 2 rôles vacants ». */
export function vacantRolesLabel(count: number): string {
  return count === 1 ? '1 rôle vacant' : `${count} rôles vacants`;
}
