import { circles, events as demoEvents } from '@alambic/demo-data';
import { describe, expect, it } from 'vitest';
import { buildDataset, OPEN_DAY_ID } from '../src/oceco/simulator/dataset.js';
import { OcecoStore } from '../src/oceco/simulator/store.js';
import { linkedMembers, memberNamed, orgId } from './helpers.js';

function ledgerSum(store: OcecoStore, citoyenId: string): number {
  return store
    .all('loguseractions')
    .filter((row) => row.userId === citoyenId && row.organizationId === orgId)
    .reduce((sum, row) => sum + (row.credits as number), 0);
}

const walletOf = (store: OcecoStore, citoyenId: string) =>
  ((store.get('citoyens', citoyenId)?.userWallet as Record<string, { userCredits: number }>)[orgId] ?? { userCredits: 0 }).userCredits;

describe('Oceco demo data', () => {
  it('is deterministic', () => {
    expect(buildDataset()).toEqual(buildDataset());
  });

  it('holds the demo members with Oceco accounts, with balances equal to the sum of their ledger rows', () => {
    const store = new OcecoStore(() => new Date('2026-11-23T00:00:00Z'));
    expect(store.membersOf(orgId).sort()).toEqual(linkedMembers.map((m) => m.ocecoUserId).sort());
    for (const member of linkedMembers) {
      expect(walletOf(store, member.ocecoUserId)).toBe(member.ocecoCredits);
      expect(ledgerSum(store, member.ocecoUserId)).toBe(member.ocecoCredits);
      expect(store.get('citoyens', member.ocecoUserId)?.email).toBe(member.email);
    }
    for (const row of store.all('loguseractions')) expect(row.createdAt).toMatch(/\+04:00$/);
  });

  it('has actions on every parent kind and participants in every state', () => {
    const { actions, events, projects } = buildDataset();
    expect(new Set(actions.map((a) => a.parentType))).toEqual(new Set(['organizations', 'projects', 'events']));
    const states = new Set(actions.flatMap((a) => Object.values((a.finishedBy as Record<string, string>) ?? {})));
    expect(states).toEqual(new Set(['toModerate', 'validated', 'novalidated']));
    expect(actions.some((a) => Object.keys((a.links as { contributors: object }).contributors).some((id) => !(a.finishedBy as Record<string, string> | undefined)?.[id]))).toBe(true);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['todo', 'done', 'disabled']));
    expect(actions.some((a) => (a.credits as number) < 0)).toBe(true);
    // The demo events with volunteers, plus one Oceco-only whole day (the open day, not sold in the ticketing).
    expect(events.map((e) => e._id).sort()).toEqual([...demoEvents.filter((e) => e.ocecoEventId).map((e) => e.ocecoEventId), OPEN_DAY_ID].sort());
    expect(events.find((e) => e._id === OPEN_DAY_ID)).toMatchObject({ allDay: true, name: 'Journée portes ouvertes' });
    expect(projects.map((p) => p.name).sort()).toEqual(circles.filter((c) => c.kind === 'POLE').map((c) => c.name).sort());
  });

  it('keeps balances and ledger coherent through validations and manual credits', () => {
    const store = new OcecoStore(() => new Date('2026-11-23T00:00:00Z'));
    const tom = memberNamed('Tom').ocecoUserId;
    const jade = memberNamed('Jade').ocecoUserId;
    store.validateAction('5f7c00000000000000000004', tom);
    expect(store.get('actions', '5f7c00000000000000000004')?.status).toBe('todo');
    store.validateAction('5f7c00000000000000000004', jade);
    expect(store.get('actions', '5f7c00000000000000000004')?.status).toBe('done');
    store.adjustCredits(tom, -1, 'Correction');
    expect(walletOf(store, tom)).toBe(5 + 4 - 1);
    expect(ledgerSum(store, tom)).toBe(walletOf(store, tom));
    expect(ledgerSum(store, jade)).toBe(1 + 4);
    expect(() => store.validateAction('5f7c00000000000000000004', memberNamed('Hugo').ocecoUserId)).toThrow();
  });
});
