import { afterEach, describe, expect, it } from 'vitest';
import { startGraph } from './graph-support.js';
import { memberNamed } from './helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const accounts = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Member { id volunteer { linked linkedBy ocecoUserId balance unit stale actionCounts { joined toModerate validated refused } } }
  }
}`;

const manon = memberNamed('Manon');
const hugo = memberNamed('Hugo');
const camille = memberNamed('Camille');
const rep = (member: { id: string; ocecoUserId: string | null; email: string }) => ({ __typename: 'Member', id: member.id, ocecoUserId: member.ocecoUserId, email: member.email });

describe('a member’s volunteer account through the subgraph', () => {
  it('links a member by the stored Oceco id, else by email, else gives an empty account without an error', async () => {
    const { ask } = await startGraph(cleanups);
    const representations = [
      rep(manon),
      // No Oceco id stored in the hub, but Oceco knows the address (any case): linked by email.
      { ...rep(hugo), ocecoUserId: null, email: hugo.email.toUpperCase() },
      // No Oceco account at all.
      { __typename: 'Member', id: 'b0000000-0000-4000-8000-000000000015', ocecoUserId: null, email: 'zoe.turpin@laraffinerie.re' },
      // A stored id Oceco does not know is not replaced by the email.
      { ...rep(camille), ocecoUserId: '5e1a00000000000000000999' },
    ];
    const { data, errors } = await ask(accounts, { representations }, { memberId: manon.id });
    expect(errors).toBeUndefined();
    const [byId, byEmail, none, unknown] = data._entities;
    expect(byId.volunteer).toEqual({
      linked: true,
      linkedBy: 'OCECO_ID',
      ocecoUserId: manon.ocecoUserId,
      balance: 17,
      unit: 'R',
      stale: false,
      actionCounts: { joined: 1, toModerate: 0, validated: 1, refused: 0 },
    });
    expect(byEmail.volunteer).toMatchObject({ linked: true, linkedBy: 'EMAIL', ocecoUserId: hugo.ocecoUserId, balance: 9, actionCounts: { validated: 1, refused: 1 } });
    expect(none.volunteer).toMatchObject({ linked: false, linkedBy: 'NONE', ocecoUserId: null, balance: 0, actionCounts: { joined: 0, validated: 0 } });
    expect(unknown.volunteer).toMatchObject({ linked: false, linkedBy: 'NONE', balance: 0 });
  });

  it('lists a member’s actions by state, with dates, estimated hours and the other participants', async () => {
    const { ask } = await startGraph(cleanups);
    const query = `query ($representations: [_Any!]!, $state: ParticipationState) {
      _entities(representations: $representations) { ... on Member { volunteer {
        all: actions { state action { name credits parentKind status start end estimatedHours } }
        validated: actions(state: $state) { action { name participants { name state } } }
      } } }
    }`;
    const { data, errors } = await ask(query, { representations: [rep(memberNamed('Louis'))], state: 'REFUSED' }, { memberId: manon.id });
    expect(errors).toBeUndefined();
    const account = data._entities[0].volunteer;
    expect(account.all).toEqual([
      {
        state: 'REFUSED',
        action: { name: 'Installer la sono', credits: 4, parentKind: 'EVENT', status: 'DONE', start: '2026-10-17T15:30:00.000Z', end: '2026-10-17T21:00:00.000Z', estimatedHours: 5.5 },
      },
    ]);
    expect(account.validated[0].action.participants).toEqual([
      { name: 'Maëlle Grondin', state: 'VALIDATED' },
      { name: 'Lucas Morel', state: 'VALIDATED' },
      { name: 'Louis Clain', state: 'REFUSED' },
    ]);
    const undated = await ask(query, { representations: [rep(memberNamed('Sacha'))], state: 'TO_MODERATE' }, { memberId: manon.id });
    const sacha = undated.data._entities[0].volunteer;
    expect(sacha.validated.map((p: any) => p.action.name)).toEqual(['Ranger l’atelier de réparation']);
    expect(sacha.all.find((p: any) => p.action.name === 'Ranger l’atelier de réparation').action).toMatchObject({ start: null, estimatedHours: null, parentKind: 'POLE' });
  });

  it('shows the ledger newest first to the member and to admins only, from one DDP subscription kept live', async () => {
    const { sim, ask } = await startGraph(cleanups);
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member { volunteer { balance ledger(limit: 5) { delta actionName comment at } } } } }`;
    const own = await ask(query, { representations: [rep(manon)] }, { memberId: manon.id });
    expect(own.errors).toBeUndefined();
    expect(own.data._entities[0].volunteer.ledger).toEqual([
      { delta: 3, actionName: 'Tenir le bar', comment: null, at: '2026-09-13T18:00:00.000Z' },
      { delta: 14, actionName: null, comment: 'Reprise du solde du carnet papier', at: '2025-09-01T06:00:00.000Z' },
    ]);
    expect(sim.control.calls('ddp:sub:listMembersDetailHistorique')).toBe(1);
    // A validation pushed by Oceco reaches the balance and the ledger without a new subscription.
    sim.validateAction('5f7c00000000000000000006', manon.ocecoUserId);
    const later = await ask(query, { representations: [rep(manon)] }, { memberId: camille.id, isAdmin: true });
    expect(later.data._entities[0].volunteer.balance).toBe(20);
    expect(later.data._entities[0].volunteer.ledger[0]).toMatchObject({ delta: 3, actionName: 'Tenir le bar du festival' });
    expect(sim.control.calls('ddp:sub:listMembersDetailHistorique')).toBe(1);
    const other = await ask(query, { representations: [rep(manon)] }, { memberId: hugo.id });
    expect(other.data._entities[0].volunteer).toBeNull();
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(other.errors?.[0].message).toMatch(/membre lui-même et les admins/);
    const tooMany = await ask(query.replace('limit: 5', 'limit: 500'), { representations: [rep(manon)] }, { memberId: manon.id });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.errors?.[0].message).toMatch(/limit doit être un entier entre 1 et 100/);
  });

  it('answers with an error naming Oceco when the live channel never synced, and empty accounts for members without any link', async () => {
    const { sim, ask } = await startGraph(cleanups, {}, (s) => {
      s.control.mode = 'down';
    });
    const representations = [rep(manon), { __typename: 'Member', id: 'b0000000-0000-4000-8000-000000000015', ocecoUserId: null, email: '' }];
    const { data, errors } = await ask(accounts, { representations }, { memberId: manon.id });
    expect(data._entities[0].volunteer).toBeNull();
    expect(data._entities[1].volunteer).toMatchObject({ linked: false, balance: 0 });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'Oceco' } });
    expect(JSON.stringify(errors)).not.toContain(new URL(sim.url).port);
  });
});
