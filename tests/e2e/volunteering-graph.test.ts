import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circles, events, memberByEmail } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let manonCookie: string;

beforeAll(async () => {
  hub = await startTestHub();
  manonCookie = await hub.login('manon.lebon@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

const followUp = `
  query SuiviVolontariat($from: DateTimeISO!, $to: DateTimeISO!) {
    me { id volunteer { linked linkedBy balance unit ledger(limit: 3) { delta actionName } actions { state action { name } } } }
    members { id volunteer { linked balance actionCounts { joined toModerate validated refused } } }
    circles { analyticCode ocecoProjectId volunteerActions { linked poleName totals { creditsValidated openActions } } }
    agenda(from: $from, to: $to) { entries { title allDay estimatedHours } }
  }
`;

describe('volunteering through the gateway', () => {
  it('joins members, circles and the agenda with Oceco in one query', async () => {
    const { data, errors } = await hub.gql(followUp, { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' }, manonCookie);
    expect(errors).toBeUndefined();
    expect(data.me.volunteer).toMatchObject({ linked: true, linkedBy: 'OCECO_ID', balance: 17, unit: 'R' });
    expect(data.me.volunteer.ledger).toEqual([
      { delta: 3, actionName: 'Tenir le bar' },
      { delta: 14, actionName: null },
    ]);
    expect(data.me.volunteer.actions).toEqual([
      { state: 'VALIDATED', action: { name: 'Tenir le bar' } },
      { state: 'JOINED', action: { name: 'Tenir le bar du festival' } },
    ]);
    const zoe = data.members.find((m: any) => m.id === memberByEmail('zoe.turpin@laraffinerie.re').id);
    expect(zoe.volunteer).toMatchObject({ linked: false, balance: 0, actionCounts: { joined: 0, validated: 0 } });
    const hugo = data.members.find((m: any) => m.id === memberByEmail('hugo.robert@laraffinerie.re').id);
    expect(hugo.volunteer.actionCounts).toEqual({ joined: 0, toModerate: 0, validated: 1, refused: 1 });
    const poles = data.circles.filter((c: any) => c.ocecoProjectId);
    expect(poles).toHaveLength(circles.filter((c) => c.kind === 'POLE').length);
    expect(data.circles.find((c: any) => c.analyticCode === '1100').volunteerActions).toMatchObject({ linked: true, poleName: 'Programmation', totals: { creditsValidated: 17, openActions: 1 } });
    expect(data.circles.find((c: any) => c.analyticCode === '1000').volunteerActions).toMatchObject({ linked: false });
    expect(data.agenda.entries.map((e: any) => e.title)).toEqual(['Journée portes ouvertes', 'Festival Zot Musik']);
  });

  it('refuses another member’s ledger to a non-admin, and keeps the rest of the answer', async () => {
    const query = 'query ($id: ID!) { member(id: $id) { displayName volunteer { balance ledger { delta } } } }';
    const { data, errors } = await hub.gql(query, { id: memberByEmail('hugo.robert@laraffinerie.re').id }, manonCookie);
    expect(data.member.displayName).toBe('Hugo Robert');
    expect(data.member.volunteer).toBeNull();
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('finds an event’s volunteer actions from the ticketing event (same Réunion day, same name)', async () => {
    const dub = events.find((e) => e.name === 'Soirée Dub')!;
    const percussions = events.find((e) => e.name === 'Atelier percussions')!;
    const query = 'query ($a: ID!, $b: ID!) { a: event(id: $a) { name volunteerActions { linked actions { name credits } } } b: event(id: $b) { volunteerActions { linked } } }';
    const { data, errors } = await hub.gql(query, { a: dub.uuid, b: percussions.uuid }, manonCookie);
    expect(errors).toBeUndefined();
    expect(data.a.volunteerActions).toEqual({ linked: true, actions: [{ name: 'Tenir le bar', credits: 3 }] });
    expect(data.b.volunteerActions.linked).toBe(false);
  });

  it('keeps answering with stale balances, and names Oceco, when Oceco goes down', async () => {
    const simulator = hub.stack.subgraphs.volunteering.simulator!;
    simulator.control.mode = 'down';
    try {
      const deadline = Date.now() + 10_000;
      let balance: any;
      do {
        const { data } = await hub.gql('{ me { volunteer { balance stale readAt } } }', {}, manonCookie);
        balance = data.me.volunteer;
      } while (!balance.stale && Date.now() < deadline);
      expect(balance).toMatchObject({ balance: 17, stale: true });
      const agenda = await hub.gql('query ($f: DateTimeISO!, $t: DateTimeISO!) { circles { name } agenda(from: $f, to: $t) { stale } }', { f: '2030-01-01T00:00:00.000Z', t: '2030-02-01T00:00:00.000Z' }, manonCookie);
      expect(agenda.data.circles.length).toBeGreaterThan(0);
      // The agenda was read above (cached), so it is served stale or fresh; never an error without a source.
      for (const error of agenda.errors ?? []) expect(error.extensions.source).toBe('Oceco');
    } finally {
      simulator.control.mode = 'up';
    }
  });
});
