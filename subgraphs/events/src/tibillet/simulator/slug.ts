import { formatReunion } from '../../time.js';

/** Django's `slugify`: ASCII, lower case, words joined by hyphens. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[-\s]+/g, '-');
}

/** `Event.save()`: slugify("<name> <yymmdd-HHMM in tenant tz> <uuid.hex[:8]>"). */
export function eventSlug(name: string, start: Date, uuid: string): string {
  const local = formatReunion(start);
  const stamp = `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}`;
  return slugify(`${name} ${stamp} ${uuid.replace(/-/g, '').slice(0, 8)}`);
}
