import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTibilletSimulator, type TibilletSimulator } from '../src/tibillet/simulator/index.js';
import { DEMO_KEY, rawGet } from './helpers.js';

const WEAK_KEY = 'Wk3aKey0.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const NON_ADMIN_KEY = 'NoAdmin0.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const OTHER_KEY = 'Voisins1.cccccccccccccccccccccccccccccccc';

let now = new Date('2026-10-01T12:00:00+04:00');
let sim: TibilletSimulator;

beforeAll(async () => {
  sim = await startTibilletSimulator({
    now: () => now,
    extraKeys: [
      { key: WEAK_KEY, permissions: ['product'], admin: true },
      { key: NON_ADMIN_KEY, permissions: ['event', 'sale'], admin: false },
    ],
    extraTenants: [{ name: 'voisins', apiKey: OTHER_KEY }],
  });
});
afterAll(() => sim.close());

describe('TiBillet simulator: tenancy and keys', () => {
  it('serves the demo tenant on a local address and on its own host name', async () => {
    const local = await rawGet(sim.url, '/api/v2/events/');
    const named = await rawGet(sim.url, '/api/v2/events/', { host: 'raffinerie.tibillet.coop' });
    expect(local.status).toBe(200);
    expect(named.body).toEqual(local.body);
    expect((await rawGet(sim.url, '/api/v2/events/', { host: 'inconnu.tibillet.coop' })).status).toBe(404);
  });

  it('accepts a key only on its own tenant', async () => {
    const other = await rawGet(sim.url, '/api/v2/events/', { host: 'voisins.tibillet.coop', authorization: `Api-Key ${OTHER_KEY}` });
    expect(other).toMatchObject({ status: 200, body: { results: [] } });
    const crossed = await rawGet(sim.url, '/api/v2/events/', { host: 'voisins.tibillet.coop' });
    expect(crossed.status).toBe(403);
  });

  it('answers 403 with the French message for a missing or one-token header, and only reads the second token', async () => {
    const malformed = 'Header « Authorization » manquant ou mal formé. Format attendu : « Authorization: Api-Key <clé> ».';
    expect(await rawGet(sim.url, '/api/v2/events/', { authorization: null })).toMatchObject({ status: 403, body: { detail: malformed } });
    expect(await rawGet(sim.url, '/api/v2/events/', { authorization: DEMO_KEY })).toMatchObject({ status: 403, body: { detail: malformed } });
    expect((await rawGet(sim.url, '/api/v2/events/', { authorization: `Token ${DEMO_KEY}` })).status).toBe(200);
    expect((await rawGet(sim.url, '/api/v2/events/', { authorization: 'Api-Key Rf1nQ7xz.wrongwrongwrongwrongwrongwrong00' })).status).toBe(403);
  });

  it('checks the permission flag per resource, with the 500 quirk of /sales/', async () => {
    const weak = `Api-Key ${WEAK_KEY}`;
    expect((await rawGet(sim.url, '/api/v2/products/', { authorization: weak })).status).toBe(200);
    const events = await rawGet(sim.url, '/api/v2/events/', { authorization: weak });
    expect(events.status).toBe(403);
    expect(typeof events.body.detail).toBe('string');
    const sales = '/api/v2/sales/?start=2026-09-12T18:00:00%2B04:00&end=2026-09-13T04:00:00%2B04:00';
    expect((await rawGet(sim.url, sales, { authorization: weak })).status).toBe(500);
    expect((await rawGet(sim.url, sales, { authorization: null })).status).toBe(403);
    expect((await rawGet(sim.url, sales, { authorization: `Api-Key ${NON_ADMIN_KEY}` })).status).toBe(403);
  });

  it('requires the trailing slash', async () => {
    expect((await rawGet(sim.url, '/api/v2/events')).status).toBe(404);
  });
});

describe('TiBillet simulator: events', () => {
  it('lists published events by start, with volunteer slots and pruned keys', async () => {
    const { body } = await rawGet(sim.url, '/api/v2/events/');
    const results = body.results as any[];
    expect(results).toHaveLength(10);
    expect(Object.keys(body)).toEqual(['results']);
    const starts = results.map((e) => new Date(e.startDate).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(results.some((e) => e.identifier === 'e0000000-0000-4000-8000-000000000099')).toBe(false);
    const slot = results.find((e) => e.name === 'Bar du festival');
    expect(slot.superEvent).toEqual({ '@type': 'Event', identifier: 'e0000000-0000-4000-8000-000000000007', name: 'Festival Zot Musik' });
    expect(slot).not.toHaveProperty('image');
    expect(slot).not.toHaveProperty('keywords');
    expect(slot.offers).toEqual({ '@type': 'Offer' });
    const dub = results[0];
    expect(dub).toMatchObject({ '@type': 'MusicEvent', additionalType: 'Concert', startDate: '2026-09-12T20:00:00+04:00', endDate: '2026-09-13T02:00:00+04:00' });
    expect(dub.url).toBe('https://raffinerie.tibillet.coop/event/soiree-dub-260912-2000-e0000000/');
    expect(dub.location.address.addressRegion).toBeNull();
    for (const event of results) for (const value of Object.values(event)) expect([null, '', []]).not.toContainEqual(value);
  });

  it('applies only_futur and next_days with the now − 1 day bound, and filter', async () => {
    now = new Date('2026-10-19T00:30:00+04:00');
    const futur = await rawGet(sim.url, '/api/v2/events/?only_futur=1');
    // Maloya la nuit started before the bound but ended after it (01:00 on the 18th ≥ 00:30 on the 18th).
    expect(futur.body.results.map((e: any) => e.name)).toEqual([
      'Maloya la nuit', 'Repas partagé de la cantine', 'Chantier compost', 'Repair café de novembre', 'Festival Zot Musik',
      'Bar du festival', 'Séminaire Tiers-lieux de La Réunion', 'Soirée Électro-maloya',
    ]);
    const week = await rawGet(sim.url, '/api/v2/events/?next_days=7&only_futur=1');
    expect(week.body.results.map((e: any) => e.name)).toEqual(['Maloya la nuit', 'Repas partagé de la cantine']);
    for (const bad of ['0', '367', 'abc']) {
      const reply = await rawGet(sim.url, `/api/v2/events/?next_days=${bad}`);
      expect(reply.status).toBe(400);
      expect(typeof reply.body.error).toBe('string');
    }
    const filtered = await rawGet(sim.url, '/api/v2/events/?filter=MALOYA');
    expect(filtered.body.results.map((e: any) => e.name)).toEqual(['Maloya la nuit', 'Soirée Électro-maloya']);
    now = new Date('2026-10-01T12:00:00+04:00');
  });

  it('retrieves by uuid, unambiguous 8-hex suffix or slug prefix, drafts included, else 404', async () => {
    const byUuid = await rawGet(sim.url, '/api/v2/events/e0000000-0000-4000-8000-000000000001/');
    expect(byUuid.body.name).toBe('Soirée Dub');
    const bySlug = await rawGet(sim.url, '/api/v2/events/maloya-la-nuit-261017/');
    expect(bySlug.body.name).toBe('Maloya la nuit');
    const draft = await rawGet(sim.url, '/api/v2/events/e0000000-0000-4000-8000-000000000099/');
    expect(draft.status).toBe(200);
    expect(draft.body).not.toHaveProperty('endDate');
    expect(draft.body).not.toHaveProperty('description');
    expect(draft.body.eventStatus).toBe('https://schema.org/EventCancelled');
    expect((await rawGet(sim.url, '/api/v2/events/e0000000-0000-4000-8000-000000000404/')).status).toBe(404);
    expect((await rawGet(sim.url, '/api/v2/events/nulle-part/')).status).toBe(404);
  });
});

describe('TiBillet simulator: products and sales', () => {
  it('lists published, non-archived products with two-decimal prices in order', async () => {
    const { body } = await rawGet(sim.url, '/api/v2/products/');
    const names = body.results.map((p: any) => p.name);
    expect(names).toContain('Adhésion annuelle');
    expect(names).not.toContain('Billet saison 2025');
    expect(names).not.toContain('Bière locale');
    const dub = body.results.find((p: any) => p.name === 'Billet Soirée Dub');
    expect(dub.offers.map((o: any) => [o.name, o.price, o.priceCurrency])).toEqual([['Plein tarif', '10.00', 'EUR'], ['Tarif réduit', '7.00', 'EUR']]);
  });

  it('validates start, end and status with 400 bodies', async () => {
    const missing = await rawGet(sim.url, '/api/v2/sales/');
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain("'start' et 'end' obligatoires");
    // An unencoded "+" reads as a space: the date is no longer TZ-aware.
    const plus = await rawGet(sim.url, '/api/v2/sales/?start=2026-09-12T18:00:00+04:00&end=2026-09-13T04:00:00%2B04:00');
    expect(plus.status).toBe(400);
    expect(plus.body.exemple).toBe('2025-01-01T00:00:00+01:00');
    const naive = await rawGet(sim.url, '/api/v2/sales/?start=2026-09-12T18:00:00&end=2026-09-13T04:00:00');
    expect(naive.status).toBe(400);
    const reversed = await rawGet(sim.url, '/api/v2/sales/?start=2026-09-13T04:00:00%2B04:00&end=2026-09-12T18:00:00%2B04:00');
    expect(reversed.status).toBe(400);
    const status = await rawGet(sim.url, '/api/v2/sales/?start=2026-09-12T18:00:00%2B04:00&end=2026-09-13T04:00:00%2B04:00&status=N');
    expect(status.status).toBe(400);
  });

  it('returns the evening journal newest first, valid lines by default, credit notes only with ALL', async () => {
    const window = 'start=2026-09-12T18:00:00%2B04:00&end=2026-09-13T04:00:00%2B04:00';
    const valid = await rawGet(sim.url, `/api/v2/sales/?${window}`);
    expect(valid.body).toMatchObject({ '@type': 'ItemList', startDate: '2026-09-12T18:00:00+04:00', endDate: '2026-09-13T04:00:00+04:00' });
    const lines = valid.body.itemListElement as any[];
    const prop = (line: any, name: string) => line.additionalProperty.find((p: any) => p.name === name)?.value;
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((l) => prop(l, 'status') === 'V')).toBe(true);
    const times = lines.map((l) => l.datePublished as string);
    expect(times).toEqual([...times].sort().reverse());
    expect(times[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/);
    for (const line of lines) {
      expect(line.offers.price).toMatch(/^\d+(\.\d*[1-9])?$/);
      expect(prop(line, 'quantity')).toMatch(/^\d+\.000000$/);
      expect(line).not.toHaveProperty('identifier');
    }
    expect(lines.some((l) => l.name === 'Bière locale' && l.offers.price === '3.5')).toBe(true);
    expect(lines.some((l) => ['CA', 'CC'].includes(prop(l, 'payment_method')))).toBe(true);

    const all = await rawGet(sim.url, `/api/v2/sales/?${window}&status=all`);
    expect(all.body.itemListElement.some((l: any) => prop(l, 'status') === 'N')).toBe(true);
    const refunded = await rawGet(sim.url, '/api/v2/sales/?start=2026-08-01T00:00:00%2B04:00&end=2026-09-13T04:00:00%2B04:00&status=REFUNDED');
    expect(refunded.body.itemListElement.map((l: any) => prop(l, 'status'))).toEqual(['R']);
  });

  it('hides sales not made yet and answers one line by uuid', async () => {
    now = new Date('2026-09-01T00:00:00+04:00');
    const later = await rawGet(sim.url, '/api/v2/sales/?start=2026-09-12T18:00:00%2B04:00&end=2026-09-13T04:00:00%2B04:00&status=ALL');
    expect(later.body.itemListElement).toEqual([]);
    now = new Date('2026-10-01T12:00:00+04:00');
    const one = await rawGet(sim.url, '/api/v2/sales/5a1e0000-0000-4000-8000-000000000001/');
    expect(one.body.additionalProperty[0]).toMatchObject({ name: 'sale_line_uuid', value: '5a1e0000-0000-4000-8000-000000000001' });
    expect((await rawGet(sim.url, '/api/v2/sales/5a1e0000-0000-4000-8000-999999999999/')).status).toBe(404);
  });

  it('counts calls by kind', async () => {
    sim.control.resetCounts();
    await rawGet(sim.url, '/api/v2/events/');
    await rawGet(sim.url, '/api/v2/products/');
    expect(sim.control.calls('events')).toBe(1);
    expect(sim.control.calls('products')).toBe(1);
  });
});
