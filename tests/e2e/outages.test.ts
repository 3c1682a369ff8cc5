import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let cookie: string;

beforeAll(async () => {
  hub = await startTestHub();
  cookie = await hub.login('camille.payet@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

function expectNoLeak(errors: any[] | undefined) {
  const text = JSON.stringify(errors ?? []);
  expect(text).not.toMatch(/https?:\/\//);
  expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
  expect(text).not.toMatch(/stacktrace|Traceback|at .*\.js:\d+/);
}

describe('when a part of the hub is down', () => {
  it('serves Odoo figures as stale, with their time, when Odoo stops answering', async () => {
    const query = '{ circles { analyticCode name actuals(year: 2026) { spent stale readAt } } }';
    const fresh = await hub.gql(query, {}, cookie);
    expect(fresh.errors).toBeUndefined();
    hub.stack.subgraphs.accounting.simulator!.control.mode = 'down';
    try {
      // Past the short cache, the last good read is served, marked stale.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const during = await hub.gql(query, {}, cookie);
      expectNoLeak(during.errors);
      const culture = during.data.circles.find((c: any) => c.analyticCode === '1000');
      const before = fresh.data.circles.find((c: any) => c.analyticCode === '1000');
      expect(culture.name).toBe('Culture');
      if (culture.actuals === null) {
        expect(during.errors?.some((e: any) => e.extensions?.source === 'Odoo' && /Odoo/.test(e.message))).toBe(true);
      } else {
        expect(culture.actuals.spent).toBe(before.actuals.spent);
      }
    } finally {
      hub.stack.subgraphs.accounting.simulator!.control.mode = 'up';
    }
  });

  it('answers the rest of the graph when a subgraph is down, with a plain error and no internal address', async () => {
    await hub.stack.subgraphs.events.server.close();
    // A nullable field from the missing subgraph comes back null; the other subgraphs' fields are served.
    const { data, errors } = await hub.gql('query($id: ID!) { circles { name } event(id: $id) { name } }', { id: events[0].uuid }, cookie);
    expect(data?.event).toBeNull();
    expect(data?.circles?.length).toBeGreaterThan(0);
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors![0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    expectNoLeak(errors);
  });
});
