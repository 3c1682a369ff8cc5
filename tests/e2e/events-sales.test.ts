import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode, events } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let admin: string;
let member: string;

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.login('camille.payet@laraffinerie.re');
  member = await hub.login('maelle.grondin@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

const DUB = events[0].uuid;

describe('events through the gateway', () => {
  it('joins a circle’s name (internal) to the events it organises (events), with their sales', async () => {
    const { data, errors } = await hub.gql(
      `query($id: ID!) { event(id: $id) { name organiser { name analyticCode events { name } } sales { total ticketsSold byPaymentMethod { label amount } } } }`,
      { id: DUB },
      member,
    );
    expect(errors).toBeUndefined();
    expect(data.event.organiser).toMatchObject({ name: 'Programmation', analyticCode: '1100' });
    expect(data.event.organiser.events.map((e: any) => e.name)).toContain('Festival Zot Musik');
    expect(data.event.sales.total).toMatch(/^\d+\.\d{2}$/);
    expect(Number(data.event.sales.total)).toBeGreaterThan(0);
    expect(data.event.sales.byPaymentMethod[0].label).toBe('En ligne (Stripe)');
  });

  it('lets an admin link a product through the gateway, and refuses an unknown event with a French message', async () => {
    const link = 'mutation($p: ID!, $e: ID!) { linkProductToEvent(productId: $p, eventId: $e) { productId linkedBy { displayName } } }';
    const bad = await hub.gql(link, { p: events[1].products[0].uuid, e: 'e0000000-0000-4000-8000-000000000404' }, admin);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/^Évènement inconnu dans TiBillet/);
    const refused = await hub.gql(link, { p: 'd0000000-0000-4000-8000-000000000801', e: DUB }, member);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const ok = await hub.gql(link, { p: 'd0000000-0000-4000-8000-000000000801', e: DUB }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.linkProductToEvent).toEqual({ productId: 'd0000000-0000-4000-8000-000000000801', linkedBy: { displayName: 'Camille Payet' } });
  });

  it('lists the circle’s events from the circle side', async () => {
    const { data, errors } = await hub.gql('{ circles { analyticCode events(upcoming: false) { name } } }', {}, member);
    expect(errors).toBeUndefined();
    const garden = data.circles.find((c: any) => c.analyticCode === circleByCode('4100').analyticCode);
    expect(garden.events.map((e: any) => e.name)).toEqual(['Chantier compost']);
  });

  it('keeps answering with stale sales, or null and an error naming TiBillet, when TiBillet is down', async () => {
    const query = `query($id: ID!) { circles { name } event(id: $id) { name sales { total stale readAt } } }`;
    const fresh = await hub.gql(query, { id: DUB }, member);
    expect(fresh.data.event.sales.stale).toBe(false);
    hub.stack.subgraphs.events.simulator!.control.mode = 'down';
    try {
      const other = await hub.gql(query, { id: events[2].uuid }, member);
      // The list of events was read before: served from the cache; these sales never were: null with a named error.
      expect(other.data.circles.length).toBeGreaterThan(0);
      if (other.data.event) {
        expect(other.data.event.sales).toBeNull();
        expect(other.errors?.some((e: any) => e.extensions?.source === 'TiBillet' && /^TiBillet/.test(e.message))).toBe(true);
      }
      expect(JSON.stringify(other.errors ?? [])).not.toMatch(/127\.0\.0\.1|https?:\/\//);
    } finally {
      hub.stack.subgraphs.events.simulator!.control.mode = 'up';
    }
  });
});
