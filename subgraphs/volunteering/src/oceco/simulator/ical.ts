import type { OcecoStore } from './store.js';

const TWO_MONTHS_MS = 61 * 86_400_000;

/** `GET /ical/organizations/<orgId>/events`: the public agenda of the organisation's non-private pôles
 * (events ending within the last two months or later, by start date), as ical-generator writes it. */
export function icalFeed(store: OcecoStore, organizationId: string, now: Date): { status: number; contentType: string; body: string } {
  const organization = store.get('organizations', organizationId);
  if (!organization?.oceco) {
    return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ status: false, msg: 'not organizations' }) };
  }
  const projectIds = Object.keys((organization.links as { projects?: Record<string, unknown> } | undefined)?.projects ?? {}).filter(
    (id) => (store.get('projects', id)?.preferences as { private?: boolean } | undefined)?.private === false,
  );
  const since = now.getTime() - TWO_MONTHS_MS;
  const events = store
    .all('events')
    .filter((e) => Object.keys((e.organizer as Record<string, unknown> | undefined) ?? {}).some((id) => projectIds.includes(id)))
    .filter((e) => typeof e.endDate === 'string' && Date.parse(e.endDate) >= since)
    .sort((a, b) => Date.parse(a.startDate as string) - Date.parse(b.startDate as string));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//oce.co.tools//ical-generator//FR', `NAME:${escape(String(organization.name))}`, `X-WR-CALNAME:${escape(String(organization.name))}`];
  for (const event of events) {
    const zone = typeof event.timeZone === 'string' ? event.timeZone : null;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event._id}`,
      'SEQUENCE:0',
      `DTSTAMP:${utcStamp(now)}`,
      ...(event.allDay === true
        ? [dayLine('DTSTART', new Date(event.startDate as string), zone, 0), dayLine('DTEND', new Date(event.endDate as string), zone, 1)]
        : [dateLine('DTSTART', new Date(event.startDate as string), zone), dateLine('DTEND', new Date(event.endDate as string), zone)]),
      `SUMMARY:${escape(String(event.name ?? ''))}`,
      ...(typeof event.description === 'string' ? [`DESCRIPTION:${escape(event.description)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { status: 200, contentType: 'text/calendar; charset=utf-8', body: lines.map(fold).join('\r\n') + '\r\n' };
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** `DTSTART;TZID=Indian/Reunion:20260912T200000` when the event has a zone, UTC otherwise. */
function dateLine(name: string, date: Date, zone: string | null): string {
  if (!zone) return `${name}:${utcStamp(date)}`;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${name};TZID=${zone}:${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

/** A whole day as ical-generator writes it: `DTSTART;VALUE=DATE:20261205`, the end being the next day (exclusive). */
function dayLine(name: string, date: Date, zone: string | null, plusDays: number): string {
  const local = new Intl.DateTimeFormat('en-CA', { timeZone: zone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const day = new Date(Date.parse(`${local}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);
  return `${name};VALUE=DATE:${day.replace(/-/g, '')}`;
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 folding: lines longer than 75 octets continue on the next line after a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
