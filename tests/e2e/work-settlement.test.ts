import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode, events } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let admin: string;
const dub = events.find((e) => e.name === 'Soirée Dub')!;
const bar = circleByCode('2210');
const cuisine = circleByCode('2100');
const cents = (money: string) => Math.round(Number(money) * 100);

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.login('camille.payet@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

const settlementQuery = `query($id: ID!) { event(id: $id) { sales { total } organiser { id analyticCode }
  settlement { revenue kept booked organiser { analyticCode } parts { circle { analyticCode } perMille amount } } } }`;
const setRule = `mutation($id: ID!, $shares: [SettlementShareInput!]!) { setEventSettlementRule(eventId: $id, shares: $shares) { analyticCode } }`;

describe('settling an event’s revenue between the pôles', () => {
  it('refuses a bad rule and writes nothing', async () => {
    const bad: Array<[unknown[], RegExp]> = [
      [[{ circleId: bar.id, perMille: 700 }, { circleId: cuisine.id, perMille: 400 }], /dépassent 1000/],
      [[{ circleId: bar.id, perMille: 100 }, { circleId: bar.id, perMille: 100 }], /deux fois/],
      [[{ circleId: 'c0000000-0000-4000-8000-999999999999', perMille: 100 }], /Cercle inconnu/],
      [[{ circleId: bar.id, perMille: 0 }], /de 1 à 1000/],
    ];
    for (const [shares, message] of bad) {
      const { errors } = await hub.gql(setRule, { id: dub.uuid, shares }, admin);
      expect(errors?.[0].message).toMatch(message);
    }
    const { data, errors } = await hub.gql(settlementQuery, { id: dub.uuid }, admin);
    expect(errors).toBeUndefined();
    expect(data.event.settlement.parts).toEqual([]);
  });

  it('dispatches the revenue read in TiBillet by the rule, then books it once as real transfers', async () => {
    const set = await hub.gql(setRule, { id: dub.uuid, shares: [{ circleId: bar.id, perMille: 300 }, { circleId: cuisine.id, perMille: 200 }] }, admin);
    expect(set.errors).toBeUndefined();
    const { data, errors } = await hub.gql(settlementQuery, { id: dub.uuid }, admin);
    expect(errors).toBeUndefined();
    const { sales, organiser, settlement } = data.event;
    expect(settlement.revenue).toBe(sales.total);
    expect(settlement.organiser.analyticCode).toBe(organiser.analyticCode);
    const revenue = cents(sales.total);
    expect(settlement.parts.map((p: any) => p.circle.analyticCode)).toEqual(['2210', '2100']);
    // 30 % and 20 %, each to the cent (at most one cent of rounding, given to the largest remainder).
    expect(Math.abs(cents(settlement.parts[0].amount) - (revenue * 300) / 1000)).toBeLessThan(1);
    expect(Math.abs(cents(settlement.parts[1].amount) - (revenue * 200) / 1000)).toBeLessThan(1);
    expect(settlement.parts.reduce((s: number, p: any) => s + cents(p.amount), 0) + cents(settlement.kept)).toBe(revenue);
    expect(settlement.booked).toBe(false);

    const settle = `mutation($id: ID!, $o: ID!, $r: Money!) { settleEvent(eventId: $id, organiserId: $o, revenue: $r) { amount status to { analyticCode } } }`;
    const member = await hub.login('maelle.grondin@laraffinerie.re');
    const refused = await hub.gql(settle, { id: dub.uuid, o: organiser.id, r: sales.total }, member);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const booked = await hub.gql(settle, { id: dub.uuid, o: organiser.id, r: sales.total }, admin);
    expect(booked.errors).toBeUndefined();
    expect(booked.data.settleEvent.map((t: any) => [t.to.analyticCode, t.amount, t.status])).toEqual(settlement.parts.map((p: any) => [p.circle.analyticCode, p.amount, 'REAL']));
    const again = await hub.gql(settle, { id: dub.uuid, o: organiser.id, r: sales.total }, admin);
    expect(again.errors?.[0].message).toMatch(/déjà répartie/);
    const after = await hub.gql(settlementQuery, { id: dub.uuid }, admin);
    expect(after.data.event.settlement.booked).toBe(true);
  });
});

describe('an event’s référents', () => {
  it('are the people accepted on its « référent du jour » missions', async () => {
    const created = await hub.gql(
      `mutation($input: MissionInput!) { createMission(input: $input) { id eventId } }`,
      { input: { circleId: bar.id, kind: 'DAY_REFERENT', title: 'Référent·e du jour – Soirée Dub', minPeople: 1, maxPeople: 1, remuneration: '120.00', eventId: dub.uuid } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createMission.eventId).toBe(dub.uuid);
    const manon = await hub.login('manon.lebon@laraffinerie.re');
    const applied = await hub.gql(`mutation($id: ID!) { applyToMission(missionId: $id) { id } }`, { id: created.data.createMission.id }, manon);
    expect(applied.errors).toBeUndefined();
    const decided = await hub.gql(`mutation($id: ID!) { decideApplication(id: $id, accept: true) { status } }`, { id: applied.data.applyToMission.id }, admin);
    expect(decided.errors).toBeUndefined();
    const { data, errors } = await hub.gql(`query($id: ID!) { event(id: $id) { name referents { displayName } } }`, { id: dub.uuid }, admin);
    expect(errors).toBeUndefined();
    expect(data.event).toEqual({ name: 'Soirée Dub', referents: [{ displayName: 'Manon Lebon' }] });
  });
});
