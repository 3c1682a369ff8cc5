/** Ids and dates as Oceco's Mongo documents hold them. */

/** A 24-hex ObjectId from a 4-hex prefix and a number, e.g. `oid('5f7c', 3)`. */
export function oid(prefix: string, n: number | string): string {
  return `${prefix}${String(n).padStart(24 - prefix.length, '0')}`;
}

/** How `_id` serialises in REST answers: a Meteor `Mongo.ObjectID` (`{"_str": …}`, the default) or a plain string. */
export type IdFormat = 'object' | 'string';

export function serialiseId(id: string, format: IdFormat): string | { _str: string } {
  return format === 'object' ? { _str: id } : id;
}

const REUNION_OFFSET_MS = 4 * 3600 * 1000;

/** `moment().format()` in La Réunion: `2026-10-17T22:05:00+04:00` (how `loguseractions.createdAt` is stored). */
export function reunionTimestamp(date: Date): string {
  return `${new Date(date.getTime() + REUNION_OFFSET_MS).toISOString().slice(0, 19)}+04:00`;
}

/** A local Réunion time without offset (`2026-09-12T20:00:00`) as an ISO UTC string (`2026-09-12T16:00:00.000Z`). */
export function utcFromReunionLocal(local: string): string {
  return new Date(`${local}+04:00`).toISOString();
}
