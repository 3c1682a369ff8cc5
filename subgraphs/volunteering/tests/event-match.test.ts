import { describe, expect, it } from 'vitest';
import { matchOcecoEvent, normaliseName, reunionDay } from '../src/event/event-match.js';
import type { OcecoEventRecord } from '../src/volunteering-source.js';

const oceco = (id: string, name: string, start: string): OcecoEventRecord => ({ id, name, startDate: new Date(start), endDate: null, projectId: null });
const candidates = [
  oceco('dub', 'Soirée DUB !', '2026-09-12T16:00:00Z'),
  oceco('dub-sound', 'Soirée Dub — sound system', '2026-09-19T16:00:00Z'),
  oceco('twin-a', 'Atelier', '2026-10-03T06:00:00Z'),
  oceco('twin-b', 'Atelier', '2026-10-03T10:00:00Z'),
  oceco('late', 'Fin de soirée', '2026-10-10T21:30:00Z'),
];

describe('matching a ticketing event with an Oceco event', () => {
  it('normalises names and days at La Réunion', () => {
    expect(normaliseName('  Soirée  Électro-maloya ! ')).toBe('soiree electro maloya');
    // 21:30 UTC on the 10th is 01:30 on the 11th at La Réunion.
    expect(reunionDay(new Date('2026-10-10T21:30:00Z'))).toBe('2026-10-11');
  });

  it('links the same name on the same Réunion day, accents, case and punctuation aside', () => {
    expect(matchOcecoEvent({ name: 'Soirée Dub', start: new Date('2026-09-12T16:00:00Z') }, candidates)?.id).toBe('dub');
    expect(matchOcecoEvent({ name: 'soiree dub', start: new Date('2026-09-12T19:59:00Z') }, candidates)?.id).toBe('dub');
  });

  it('accepts one name contained word for word in the other, when it is the only candidate that day', () => {
    expect(matchOcecoEvent({ name: 'Soirée Dub', start: new Date('2026-09-19T15:00:00Z') }, candidates)?.id).toBe('dub-sound');
    expect(matchOcecoEvent({ name: 'Soirée', start: new Date('2026-09-19T15:00:00Z') }, candidates)?.id).toBe('dub-sound');
    expect(matchOcecoEvent({ name: 'Soirée Du', start: new Date('2026-09-19T15:00:00Z') }, candidates)).toBeNull();
  });

  it('gives no link on another Réunion day, for an unrelated name, or when two Oceco events are equally good', () => {
    expect(matchOcecoEvent({ name: 'Soirée Dub', start: new Date('2026-09-13T16:00:00Z') }, candidates)).toBeNull();
    expect(matchOcecoEvent({ name: 'Repair café', start: new Date('2026-09-12T16:00:00Z') }, candidates)).toBeNull();
    expect(matchOcecoEvent({ name: 'Atelier', start: new Date('2026-10-03T06:00:00Z') }, candidates)).toBeNull();
    expect(matchOcecoEvent({ name: 'Fin de soirée', start: new Date('2026-10-10T20:30:00Z') }, candidates)?.id).toBe('late');
    expect(matchOcecoEvent({ name: 'Fin de soirée', start: new Date('2026-10-10T19:30:00Z') }, candidates)).toBeNull();
  });
});
