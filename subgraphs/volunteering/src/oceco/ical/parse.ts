import type { AgendaEvent } from '../../volunteering-source.js';

/** An RFC 5545 property: name, parameters (upper-cased keys) and raw value. */
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds continuation lines (a line starting with a space or a tab continues the previous one). */
function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else if (line.length > 0) lines.push(line);
  }
  return lines;
}

/** `NAME;P1=v;P2="v:x":value` → property; the value starts after the first colon outside quotes. */
function parseLine(line: string): Property | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    if (eq > 0) params[raw.slice(0, eq).toUpperCase()] = raw.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

/** TEXT values: `\n`, `\,`, `\;` and `\\` escapes. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Milliseconds to add to a wall-clock time read as UTC to get the instant, in `zone`, at about `utcGuess`. */
function zoneOffsetMs(zone: string, utcGuess: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(utcGuess))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - utcGuess;
}

/** A DATE-TIME or DATE value with its TZID: `…Z` is UTC, a TZID is resolved with the IANA database, a floating
 * time (no zone) is read in `defaultZone`. Returns null for an unreadable value or an unknown zone. */
export function parseIcalDate(property: Property, defaultZone: string): { date: Date; allDay: boolean; zone: string | null } | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(property.value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, utc] = match;
  const allDay = property.params.VALUE === 'DATE' || h === undefined;
  const zone = utc ? 'UTC' : (property.params.TZID ?? null);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  if (utc) return { date: new Date(wall), allDay, zone };
  const effectiveZone = zone ?? defaultZone;
  try {
    // Two passes settle the offset around a daylight-saving change.
    let instant = wall - zoneOffsetMs(effectiveZone, wall);
    instant = wall - zoneOffsetMs(effectiveZone, instant);
    return { date: new Date(instant), allDay, zone };
  } catch {
    return null;
  }
}

/** The VEVENTs of a calendar: UID, SUMMARY, DESCRIPTION, DTSTART/DTEND (with time zones). Events without a UID
 * or a readable start are skipped; a missing DTEND stays null (no hours can be derived). */
export function parseIcalEvents(text: string, defaultZone = 'Indian/Reunion'): AgendaEvent[] {
  const events: AgendaEvent[] = [];
  let current: Property[] | null = null;
  for (const line of unfold(text)) {
    const property = parseLine(line);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VEVENT') current = [];
    else if (property.name === 'END' && property.value.toUpperCase() === 'VEVENT' && current) {
      const event = toEvent(current, defaultZone);
      if (event) events.push(event);
      current = null;
    } else current?.push(property);
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.summary.localeCompare(b.summary, 'fr'));
}

function toEvent(properties: Property[], defaultZone: string): AgendaEvent | null {
  const get = (name: string) => properties.find((p) => p.name === name);
  const uid = get('UID')?.value.trim();
  const dtStart = get('DTSTART');
  const start = dtStart ? parseIcalDate(dtStart, defaultZone) : null;
  if (!uid || !start) return null;
  const dtEnd = get('DTEND');
  const end = dtEnd ? parseIcalDate(dtEnd, defaultZone) : null;
  const description = get('DESCRIPTION');
  return {
    uid,
    summary: unescapeText(get('SUMMARY')?.value ?? ''),
    description: description && description.value.length > 0 ? unescapeText(description.value) : null,
    start: start.date,
    end: end && end.date.getTime() >= start.date.getTime() ? end.date : null,
    allDay: start.allDay,
    timeZone: start.zone,
  };
}
