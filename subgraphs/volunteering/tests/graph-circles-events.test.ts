import { circleByCode, events as demoEvents } from '@alambic/demo-data';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGraph } from './graph-support.js';
import { memberNamed } from './helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const member = { memberId: memberNamed('Manon').id };
const circleQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Circle { id volunteerActions {
  linked poleName stale actions { name status }
  totals { actions openActions openPlaces creditsOffered joined toModerate validated refused creditsValidated estimatedHoursValidated }
} } } }`;
const eventQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Event { id volunteerActions {
  linked ocecoEventId ocecoEventName stale actions { name participantCount freePlaces } totals { validated creditsValidated }
} } } }`;
const circleRep = (code: string) => ({ __typename: 'Circle', id: circleByCode(code).id, ocecoProjectId: circleByCode(code).ocecoProjectId });
const eventRep = (name: string, start?: string) => {
  const event = demoEvents.find((e) => e.name === name)!;
  return { __typename: 'Event', id: event.uuid, name, start: start ?? new Date(`${event.start}+04:00`).toISOString() };
};

describe('circles and events with their volunteer actions', () => {
  it('gives a pôle its actions and those of its events, with totals; a circle without a pôle is empty', async () => {
    const { sim, ask } = await startGraph(cleanups);
    sim.control.resetCounts();
    const { data, errors } = await ask(circleQuery, { representations: [circleRep('1100'), circleRep('1110'), circleRep('6100')] }, member);
    expect(errors).toBeUndefined();
    const [programmation, project, repair] = data._entities.map((e: any) => e.volunteerActions);
    expect(programmation).toMatchObject({ linked: true, poleName: 'Programmation', stale: false });
    expect(programmation.actions.map((a: any) => a.name)).toEqual(['Tenir le bar', 'Installer la sono', 'Tenir le bar du festival']);
    expect(programmation.totals).toEqual({
      actions: 3,
      openActions: 1,
      openPlaces: 6,
      creditsOffered: 18,
      joined: 2,
      toModerate: 0,
      validated: 5,
      refused: 1,
      creditsValidated: 17,
      estimatedHoursValidated: 3 * 6 + 2 * 5.5,
    });
    expect(project).toMatchObject({ linked: false, actions: [], totals: { actions: 0 } });
    expect(repair.actions.map((a: any) => a.name)).toEqual(['Accueillir au repair café', 'Ranger l’atelier de réparation']);
    // Served from the live DDP mirror: no call to Oceco for the whole query.
    expect(sim.control.calls()).toBe(0);
  });

  it('matches a ticketing event to its Oceco event by Réunion day and name, then lists every action over REST', async () => {
    const { sim, ask } = await startGraph(cleanups);
    sim.control.resetCounts();
    const representations = [eventRep('Soirée Dub'), eventRep('Atelier percussions'), eventRep('Chantier compost'), eventRep('Soirée Dub', '2026-09-13T16:00:00.000Z')];
    const { data, errors } = await ask(eventQuery, { representations }, member);
    expect(errors).toBeUndefined();
    const [dub, noVolunteers, compost, nextDay] = data._entities.map((e: any) => e.volunteerActions);
    expect(dub).toMatchObject({ linked: true, ocecoEventId: '5f3c00000000000000000001', ocecoEventName: 'Soirée Dub', stale: false });
    expect(dub.actions).toEqual([{ name: 'Tenir le bar', participantCount: 3, freePlaces: 1 }]);
    expect(dub.totals).toEqual({ validated: 3, creditsValidated: 9 });
    expect(noVolunteers).toMatchObject({ linked: false, actions: [] });
    expect(compost.actions[0]).toMatchObject({ name: 'Construire les bacs à compost', participantCount: 4 });
    expect(nextDay.linked).toBe(false);
    // One listElement per linked event (an admin gets every action of an event, closed ones included).
    expect(sim.control.calls('rest:listElement')).toBe(2);
  });

  it('serves an event’s last good actions, marked stale, when Oceco’s REST stops answering', async () => {
    const { sim, ask } = await startGraph(cleanups);
    const first = await ask(eventQuery, { representations: [eventRep('Soirée Dub')] }, member);
    const readAt = first.data._entities[0].volunteerActions;
    expect(readAt.stale).toBe(false);
    sim.control.mode = 'down';
    await vi.waitFor(
      async () => {
        const during = await ask(eventQuery, { representations: [eventRep('Soirée Dub')] }, member);
        expect(during.data._entities[0].volunteerActions).toMatchObject({ linked: true, stale: true, actions: [{ name: 'Tenir le bar' }] });
      },
      { timeout: 20_000, interval: 100 },
    );
  });
});

describe('the agenda from the iCal feed', () => {
  const agenda = `query ($from: DateTimeISO!, $to: DateTimeISO!) { agenda(from: $from, to: $to) { stale entries { id title description start end allDay timeZone estimatedHours } } }`;

  it('lists the entries overlapping the period, with hours only where Oceco gives a start and an end', async () => {
    const { sim, ask } = await startGraph(cleanups, { now: () => new Date('2026-11-23T08:00:00Z') });
    const { data, errors } = await ask(agenda, { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' }, member);
    expect(errors).toBeUndefined();
    expect(data.agenda.entries).toEqual([
      {
        id: '5f3c00000000000000000050',
        title: 'Journée portes ouvertes',
        description: 'Visiter la friche, rencontrer les pôles\nEntrée libre, toute la journée',
        start: '2026-12-04T20:00:00.000Z',
        end: '2026-12-05T20:00:00.000Z',
        allDay: true,
        timeZone: null,
        estimatedHours: null,
      },
      {
        id: '5f3c00000000000000000007',
        title: 'Festival Zot Musik',
        description: 'Le festival de fin d’année de La Raffinerie',
        start: '2026-12-18T13:00:00.000Z',
        end: '2026-12-18T23:00:00.000Z',
        allDay: false,
        timeZone: 'Indian/Reunion',
        estimatedHours: 10,
      },
    ]);
    expect(sim.control.calls('ical')).toBe(1);
    await ask(agenda, { from: '2026-09-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' }, member);
    expect(sim.control.calls('ical')).toBe(1);
  });

  it('refuses a period that ends before it starts or spans more than 400 days, in French, without calling Oceco', async () => {
    const { sim, ask } = await startGraph(cleanups);
    sim.control.resetCounts();
    const backwards = await ask(agenda, { from: '2026-12-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' }, member);
    expect(backwards.errors?.[0]).toMatchObject({ message: 'to doit être postérieur à from.', extensions: { code: 'BAD_USER_INPUT' } });
    const long = await ask(agenda, { from: '2026-01-01T00:00:00.000Z', to: '2028-01-01T00:00:00.000Z' }, member);
    expect(long.errors?.[0].message).toBe('La période ne peut dépasser 400 jours.');
    expect(sim.control.calls('ical')).toBe(0);
  });

  it('names Oceco when the feed cannot be read and nothing was read before', async () => {
    const { sim, ask } = await startGraph(cleanups);
    sim.control.mode = 'down';
    const { data, errors } = await ask(agenda, { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' }, member);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'Oceco' });
    expect(errors?.[0].message).toMatch(/^Oceco /);
  });
});
