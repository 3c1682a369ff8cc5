import { afterEach, describe, expect, it } from 'vitest';
import { OcecoAgendaClient } from '../src/oceco/ical/agenda-client.js';
import { parseIcalEvents } from '../src/oceco/ical/parse.js';
import { startOcecoSimulator } from '../src/oceco/simulator/index.js';
import { orgId } from './helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:paris',
  'DTSTART;TZID=Europe/Paris:20260328T200000',
  'DTEND;TZID="Europe/Paris":20260329T030000',
  'SUMMARY:Nuit du passage à l’heure d’été\\, à Paris',
  'DESCRIPTION:Une ligne\\nune autre\\; et un \\\\ ',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:utc',
  'DTSTART:20261017T153000Z',
  'DTEND:20261017T210000Z',
  'SUMMARY:Une très longue description pliée sur plusieurs lignes comme le veut la RFC 554',
  ' 5 à 75 octets',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:floating-no-end',
  'DTSTART:20261107T080000',
  'SUMMARY:Sans fin',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:day',
  'DTSTART;VALUE=DATE:20261205',
  'DTEND;VALUE=DATE:20261206',
  'SUMMARY:Journée',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Sans UID, ignoré',
  'DTSTART:20261205T080000Z',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('Oceco iCal feed', () => {
  it('parses VEVENTs: UID, SUMMARY, DESCRIPTION, folded lines, escapes, UTC, TZID (with daylight saving), floating and whole-day dates', () => {
    const events = parseIcalEvents(calendar);
    expect(events.map((e) => e.uid)).toEqual(['paris', 'utc', 'floating-no-end', 'day']);
    const [paris, utc, floating, day] = events;
    // 20:00 in Paris on 28 March 2026 is UTC+1; 03:00 on the 29th is already UTC+2 (summer time).
    expect(paris).toMatchObject({ start: new Date('2026-03-28T19:00:00Z'), end: new Date('2026-03-29T01:00:00Z'), timeZone: 'Europe/Paris', allDay: false });
    expect(paris.summary).toBe('Nuit du passage à l’heure d’été, à Paris');
    expect(paris.description).toBe('Une ligne\nune autre; et un \\ ');
    expect(utc).toMatchObject({ start: new Date('2026-10-17T15:30:00Z'), end: new Date('2026-10-17T21:00:00Z'), timeZone: 'UTC' });
    expect(utc.summary).toBe('Une très longue description pliée sur plusieurs lignes comme le veut la RFC 5545 à 75 octets');
    // A floating time is read at La Réunion (UTC+4); without DTEND there is no end.
    expect(floating).toMatchObject({ start: new Date('2026-11-07T04:00:00Z'), end: null, timeZone: null });
    expect(day).toMatchObject({ allDay: true, start: new Date('2026-12-04T20:00:00Z'), end: new Date('2026-12-05T20:00:00Z') });
  });

  it('reads the simulator’s feed with the Réunion time zone, then serves the last good copy as stale during an outage', async () => {
    const sim = await startOcecoSimulator({ now: () => new Date('2026-11-01T08:00:00Z') });
    cleanups.push(() => sim.close());
    const client = new OcecoAgendaClient(sim.url, orgId, { timeoutMs: 500, freshForMs: 0 });
    cleanups.push(() => client.close());
    const first = await client.events();
    expect(first.stale).toBe(false);
    const dub = first.value.find((e) => e.summary === 'Soirée Dub');
    expect(dub).toMatchObject({ uid: '5f3c00000000000000000001', start: new Date('2026-09-12T16:00:00Z'), end: new Date('2026-09-12T22:00:00Z'), timeZone: 'Indian/Reunion' });
    sim.control.mode = 'down';
    const during = await client.events();
    expect(during.stale).toBe(true);
    expect(during.value).toEqual(first.value);
    expect(during.readAt).toEqual(first.readAt);
  });

  it('names Oceco for an organisation without an agenda (HTTP 200 with a JSON refusal)', async () => {
    const sim = await startOcecoSimulator();
    cleanups.push(() => sim.close());
    const client = new OcecoAgendaClient(sim.url, '5d9f0c0e40bb4e2b3c8b0000', { timeoutMs: 500 });
    cleanups.push(() => client.close());
    await expect(client.events()).rejects.toMatchObject({ source: 'Oceco', kind: 'NOT_FOUND', message: expect.stringMatching(/^Oceco .*OCECO_ORG_ID/) });
  });
});
