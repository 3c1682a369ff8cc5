/**
 * Live quote arithmetic for the quote builder, exact in cents (BigInt, never float money).
 * Mirrors the server: amount = quantity (two decimals) × unit price, rounded half up to the cent.
 */
import { parseCents } from '$lib/format';

export interface DraftLine {
  key: number;
  circleId: string;
  label: string;
  quantity: string;
  unitPrice: string;
  cost: string;
}

const QUANTITY = /^\d+(?:[.,]\d{0,2})?$/;
const MONEY = /^\d+(?:[.,]\d{0,2})?$/;

/** "2,5" → 250n hundredths; null when not a positive number with two decimals at most. */
export function hundredths(text: string): bigint | null {
  const t = text.trim();
  if (!QUANTITY.test(t)) return null;
  const [units, decimals = ''] = t.replace(',', '.').split('.');
  return BigInt(units) * 100n + BigInt(decimals.padEnd(2, '0') || '0');
}

/** "12,50" → 1250n; null when not a non-negative amount with two decimals at most. */
export function cents(text: string): bigint | null {
  const t = text.trim();
  if (!MONEY.test(t)) return null;
  return parseCents(t.replace(',', '.'));
}

/** quantity × unit price, rounded half up to the cent. */
export function times(quantityHundredths: bigint, unitCents: bigint): bigint {
  return (quantityHundredths * unitCents + 50n) / 100n;
}

/** Cents → the graph's decimal string: 1250n → "12.50". */
export function decimal(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export function lineAmount(line: DraftLine): bigint | null {
  const q = hundredths(line.quantity);
  const u = cents(line.unitPrice);
  return q === null || u === null ? null : times(q, u);
}

export interface DraftTotals {
  siteHire: bigint;
  services: bigint;
  total: bigint;
  costs: bigint;
  margin: bigint;
}

export function draftTotals(hours: string, hourlyRate: string, lines: readonly DraftLine[]): DraftTotals {
  const h = hundredths(hours) ?? 0n;
  const rate = cents(hourlyRate) ?? 0n;
  const siteHire = times(h, rate);
  const services = lines.reduce((sum, l) => sum + (lineAmount(l) ?? 0n), 0n);
  const costs = lines.reduce((sum, l) => sum + (cents(l.cost || '0') ?? 0n), 0n);
  const total = siteHire + services;
  return { siteHire, services, total, costs, margin: total - costs };
}

/** Explains, in French, what is wrong with the draft before sending it; null when it looks sendable. */
export function draftProblem(hours: string, hourlyRate: string, percent: string, lines: readonly DraftLine[]): string | null {
  const h = hundredths(hours);
  if (h === null || h <= 0n) return 'Heures de location : un nombre positif, deux décimales au plus.';
  const rate = cents(hourlyRate);
  if (rate === null || rate < 10_000n || rate > 15_000n) return 'Tarif horaire : entre 100 € et 150 €, référent·e compris.';
  if (!/^\d{1,3}$/.test(percent.trim()) || Number(percent) > 100) return 'Part de la marge partagée : un entier entre 0 et 100.';
  for (const [i, l] of lines.entries()) {
    const n = `Ligne ${i + 1}`;
    if (!l.circleId) return `${n} : choisissez le cercle qui fournit la prestation.`;
    if (!l.label.trim()) return `${n} : le libellé est vide.`;
    const q = hundredths(l.quantity);
    if (q === null || q <= 0n) return `${n} : quantité positive, deux décimales au plus.`;
    if (cents(l.unitPrice) === null) return `${n} : prix unitaire illisible (ex. 15,00).`;
    if (l.cost.trim() && cents(l.cost) === null) return `${n} : coût illisible (ex. 240,00).`;
  }
  return null;
}
