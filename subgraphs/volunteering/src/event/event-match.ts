import { reunionDay } from '@alambic/subgraph-kit';
import type { OcecoEventRecord } from '../volunteering-source.js';

/**
 * Which Oceco event a ticketing (TiBillet) event is. Nothing stores that link yet, so the rule is:
 * 1. same calendar day of the start, at La Réunion (Indian/Reunion, UTC+4: a 20:00 soirée is that day);
 * 2. same name once normalised (accents, case, punctuation and spacing ignored), or else one name containing
 *    the other word for word (« Soirée Dub » ↔ « Soirée Dub — sound system »);
 * 3. exactly one candidate left: several equally good Oceco events give no link rather than a guess.
 */
export function matchOcecoEvent(ticketing: { name: string; start: Date }, candidates: readonly OcecoEventRecord[]): OcecoEventRecord | null {
  const day = reunionDay(ticketing.start);
  const name = normaliseName(ticketing.name);
  if (!name) return null;
  const sameDay = candidates.filter((c) => c.startDate && reunionDay(c.startDate) === day);
  const exact = sameDay.filter((c) => normaliseName(c.name) === name);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return null;
  const partial = sameDay.filter((c) => {
    const other = normaliseName(c.name);
    return other.length > 0 && (containsWords(other, name) || containsWords(name, other));
  });
  return partial.length === 1 ? partial[0] : null;
}

export { reunionDay };

/** « Soirée  Dub ! » → « soiree dub ». */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}
