/** Time in the collective's zone, Indian/Reunion: UTC+4 all year round (no daylight saving). */
export const REUNION_OFFSET = '+04:00';
const offsetMs = 4 * 3600_000;

/** A Réunion wall-clock time written without offset ("2026-09-12T20:00:00") as ISO with its offset. */
export function reunionLocalToIso(local: string): string {
  return `${local}${REUNION_OFFSET}`;
}

/** An instant written in Réunion time with its offset, as TiBillet renders dates for the tenant: "2026-09-12T20:00:00+04:00". */
export function formatReunion(instant: Date): string {
  return `${new Date(instant.getTime() + offsetMs).toISOString().slice(0, 19)}${REUNION_OFFSET}`;
}

/** The first 04:00 (Réunion time) strictly after `start`: TiBillet's pivot, when an evening and the till's day end.
 * 04:00 in Réunion is 00:00 UTC, so the pivot is the next UTC midnight after `start`. */
export function nextPivot(start: Date): Date {
  const t = start.getTime();
  const day = 86_400_000;
  return new Date(Math.floor(t / day) * day + day);
}

/** When an event is over: its end, or the next 04:00 when TiBillet has no end for it. */
export function effectiveEnd(start: Date, end: Date | null): Date {
  return end ?? nextPivot(start);
}
