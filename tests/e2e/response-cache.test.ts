import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let camille: string;
let theo: string;

beforeAll(async () => {
  hub = await startTestHub();
  camille = await hub.login('camille.payet@laraffinerie.re');
  theo = await hub.login('theo.fontaine@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

// The gateway's response cache answers a kept answer with an `Age` header; a computed answer has none.
const fromCache = (headers: Headers) => headers.has('age');

const budget = `query Budget { me { id firstName } circles { analyticCode name actuals(year: 2026) { spent collected stale } committed { amount } } }`;

describe('the gateway’s response cache', () => {
  it('keeps a query’s answer for the member who asked, and never tells browsers to cache it', async () => {
    const first = await hub.gql(budget, {}, camille);
    expect(first.errors).toBeUndefined();
    expect(fromCache(first.headers)).toBe(false);
    expect(first.headers.get('cache-control')).toBeNull();

    const again = await hub.gql(budget, {}, camille);
    expect(fromCache(again.headers)).toBe(true);
    expect(again.data).toEqual(first.data);

    // Another member gets their own answer, never Camille's.
    const theirs = await hub.gql(budget, {}, theo);
    expect(fromCache(theirs.headers)).toBe(false);
    expect(theirs.data.me.firstName).not.toBe(first.data.me.firstName);
  });

  it('forgets every kept answer after a mutation', async () => {
    await hub.gql(budget, {}, camille);
    expect(fromCache((await hub.gql(budget, {}, theo)).headers)).toBe(true);

    const rename = 'mutation Rename($id: ID!, $name: String!) { updateProfile(memberId: $id, input: { firstName: $name }) { firstName } }';
    const { data } = await hub.gql(budget, {}, camille);
    const changed = await hub.gql(rename, { id: data.me.id, name: 'Camille-Rose' }, camille);
    expect(changed.errors).toBeUndefined();

    const after = await hub.gql(budget, {}, camille);
    expect(fromCache(after.headers)).toBe(false);
    expect(after.data.me.firstName).toBe('Camille-Rose');
    expect(fromCache((await hub.gql(budget, {}, theo)).headers)).toBe(false);
    await hub.gql(rename, { id: data.me.id, name: data.me.firstName }, camille);
  });

  it('answers concurrent requests of two members each with their own identity', async () => {
    const query = '{ me { firstName } circles { analyticCode actuals(year: 2026) { spent } } }';
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => hub.gql(query, {}, i % 2 ? camille : theo)));
    const names = answers.map((a) => a.data?.me?.firstName);
    expect(names.filter((n, i) => n !== names[i % 2])).toEqual([]);
    expect(new Set(names).size).toBe(2);
  });

  it('never keeps live volunteering data, nor an answer with errors', async () => {
    const live = '{ members { displayName volunteer { balance } } }';
    await hub.gql(live, {}, camille);
    expect(fromCache((await hub.gql(live, {}, camille)).headers)).toBe(false);

    const failing = '{ organisationActuals(year: 1800) { spent } }';
    const first = await hub.gql(failing, {}, camille);
    expect(first.errors?.length).toBeGreaterThan(0);
    expect(fromCache((await hub.gql(failing, {}, camille)).headers)).toBe(false);
  });

  it('keeps nothing for a visitor who is not signed in', async () => {
    const query = '{ __typename }';
    await hub.gql(query);
    expect(fromCache((await hub.gql(query)).headers)).toBe(false);
  });
});
