import { nextPivot } from '../time.js';

/** How long before an event its own products may have been sold online (TiBillet does not say when sales opened). */
export const PRESALE_DAYS = 180;
/** How long before the start a product shared by several events (bar, drinks) counts for one of them: doors open. */
export const DOOR_MARGIN_MS = 3 * 3_600_000;
const DAY = 86_400_000;

export interface TimedEvent {
  id: string;
  start: Date;
  end: Date | null;
}

/** A time range, both ends included (TiBillet's `/sales/` range is inclusive). */
export interface Period {
  from: Date;
  to: Date;
}

/** The end of an event's evening: its end, but never before the first 04:00 (Réunion time) after its start — TiBillet's
 * pivot, when the till's day closes, so door and bar sales after a 02:00 end still count. */
export function eveningEnd(event: TimedEvent): Date {
  const pivot = nextPivot(event.start);
  return event.end && event.end > pivot ? event.end : pivot;
}

/**
 * When a product's sale lines count for an event:
 * - a product of this event alone (a ticket): its whole sale period, online presales included, from
 *   `PRESALE_DAYS` before the start to the end of the evening;
 * - a product shared by several events (drinks sold at every soirée): only the evening, from `DOOR_MARGIN_MS` before
 *   the start to the end of the evening.
 */
export function salePeriod(event: TimedEvent, eventsOfProduct: number): Period {
  const from = eventsOfProduct > 1 ? event.start.getTime() - DOOR_MARGIN_MS : event.start.getTime() - PRESALE_DAYS * DAY;
  return { from: new Date(from), to: eveningEnd(event) };
}

export function within(at: Date, period: Period): boolean {
  return at >= period.from && at <= period.to;
}

/** The smallest period covering them all; undefined for none. */
export function span(periods: Period[]): Period | undefined {
  if (periods.length === 0) return undefined;
  const from = Math.min(...periods.map((p) => p.from.getTime()));
  const to = Math.max(...periods.map((p) => p.to.getTime()));
  return { from: new Date(from), to: new Date(to) };
}
