import { UpstreamError } from '@alambic/connector-kit';
import { ocecoDemo } from '@alambic/demo-data';
import { afterEach, describe, expect, it } from 'vitest';
import { startOcecoSimulator, type OcecoSimulator } from '../src/oceco/simulator/index.js';
import { adminCitoyenId, demoSource, memberNamed, orgId } from './helpers.js';

const NOW = new Date('2026-11-01T08:00:00Z');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function simulator(options = {}): Promise<OcecoSimulator> {
  const sim = await startOcecoSimulator({ now: () => NOW, ...options });
  cleanups.push(() => sim.close());
  return sim;
}

async function post(sim: OcecoSimulator, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const as = (userId: string) => ({ 'x-access-token': ocecoDemo.accessToken, 'x-user-id': userId });
const ids = (body: Record<string, unknown>) => (body.actions as Array<{ _id: unknown }>).map((a) => a._id);

describe('Oceco simulator REST', () => {
  it('answers authentication failures with Oceco’s exact statuses and bodies', async () => {
    const sim = await simulator();
    const body = { parentType: 'organizations', parentId: orgId };
    expect(await post(sim, '/api/action/listElement', body)).toEqual({ status: 403, body: { auth: false, message: 'No token provided.' } });
    expect(await post(sim, '/api/action/listElement', body, { 'x-access-token': 'wrong' })).toEqual({ status: 500, body: { auth: false, message: 'Failed to authenticate token.' } });
    expect(await post(sim, '/api/action/listElement', body, { 'x-access-token': ocecoDemo.accessToken })).toEqual({ status: 403, body: { auth: false, message: 'No userId provided.' } });
    expect(await post(sim, '/api/action/listElement', body, as('5e1a00000000000000000999'))).toEqual({ status: 403, body: { auth: false, message: 'user not exist' } });
  });

  it('lists open actions of an element; an admin sees every action of an event', async () => {
    const sim = await simulator();
    const manon = memberNamed('Manon').ocecoUserId;
    const pole = await post(sim, '/api/action/listElement', { parentType: 'projects', parentId: '5e2b00000000000000006100' }, as(manon));
    expect(pole.body).toMatchObject({ status: true, msg: 'action element list' });
    expect(ids(pole.body)).toEqual([{ _str: '5f7c00000000000000000007' }]);
    const dub = { parentType: 'events', parentId: '5f3c00000000000000000001' };
    expect(ids((await post(sim, '/api/action/listElement', dub, as(manon))).body)).toEqual([]);
    expect(ids((await post(sim, '/api/action/listElement', dub, as(adminCitoyenId))).body)).toEqual([{ _str: '5f7c00000000000000000001' }]);
    expect((await post(sim, '/api/action/listElement', { parentType: 'events', parentId: '5f3c00000000000000000099' }, as(manon))).body).toEqual({ status: false, msg: 'no element' });
    const invalid = await post(sim, '/api/action/listElement', { parentType: 'planets', parentId: 'x' }, as(manon));
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toBe('validation-error');
    const form = await fetch(`${sim.url}/api/action/listElement`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...as(manon) },
      body: 'parentType=projects&parentId=5e2b00000000000000006100',
    });
    expect(ids((await form.json()) as Record<string, unknown>)).toHaveLength(1);
  });

  it('lists the caller’s own open actions, filtered by name on POST', async () => {
    const sim = await simulator();
    const manon = memberNamed('Manon').ocecoUserId;
    const mine = await fetch(`${sim.url}/api/action/listMe`, { headers: as(manon) });
    const body = (await mine.json()) as Record<string, unknown>;
    expect(body.msg).toBe('action user list');
    expect(ids(body)).toEqual([{ _str: '5f7c00000000000000000006' }]);
    expect(ids((await post(sim, '/api/action/listMe', { search: 'FESTIVAL' }, as(manon))).body)).toHaveLength(1);
    expect(ids((await post(sim, '/api/action/listMe', { search: 'compost' }, as(manon))).body)).toHaveLength(0);
    expect(ids((await fetch(`${sim.url}/api/action/listMe`, { headers: as(adminCitoyenId) }).then((r) => r.json())) as Record<string, unknown>)).toEqual([
      { _str: '5f7c00000000000000000011' },
    ]);
  });

  it('reads actions through the connector with either id form', async () => {
    for (const idFormat of ['object', 'string'] as const) {
      const sim = await simulator({ idFormat });
      const oceco = demoSource(sim.url);
      cleanups.push(() => oceco.close());
      const read = await oceco.actionsOf('projects', '5e2b00000000000000006100');
      expect(read.stale).toBe(false);
      expect(read.value).toEqual([
        expect.objectContaining({ id: '5f7c00000000000000000007', name: 'Ranger l’atelier de réparation', credits: 2, endDate: null, participants: [{ citoyenId: memberNamed('Sacha').ocecoUserId, state: 'TO_MODERATE' }] }),
      ]);
      expect((await oceco.myActions()).value.map((a) => a.id)).toEqual(['5f7c00000000000000000011']);
    }
  });

  it('maps REST failures to errors naming Oceco, without retrying a refused token', async () => {
    const sim = await simulator();
    const wrong = demoSource(sim.url, { accessToken: 'not-the-secret' });
    cleanups.push(() => wrong.close());
    const refused = await wrong.actionsOf('organizations', orgId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UpstreamError);
    expect(refused).toMatchObject({ kind: 'CREDENTIALS', status: 500 });
    expect((refused as Error).message).toMatch(/^Oceco .*OCECO_ACCESS_TOKEN/);
    expect((refused as Error).message).not.toContain('not-the-secret');
    expect(sim.control.calls('rest:listElement')).toBe(1);

    const oceco = demoSource(sim.url);
    cleanups.push(() => oceco.close());
    expect(await oceco.actionsOf('events', '5f3c00000000000000000099').catch((e: unknown) => e)).toMatchObject({ kind: 'NOT_FOUND' });
    const noRest = demoSource(sim.url, { accessToken: undefined, userId: undefined });
    cleanups.push(() => noRest.close());
    expect(await noRest.myActions().catch((e: unknown) => e)).toMatchObject({ kind: 'CREDENTIALS' });
  });

  it('serves the public iCal agenda of non-private pôles and refuses an unknown organisation', async () => {
    const sim = await simulator();
    const response = await fetch(`${sim.url}/ical/organizations/${orgId}/events`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//oce.co.tools//ical-generator//FR')).toBe(true);
    const uids = [...text.matchAll(/^UID:(\w+)\r$/gm)].map((m) => m[1]);
    expect(uids).toEqual(['5f3c00000000000000000001', '5f3c00000000000000000003', '5f3c00000000000000000004', '5f3c00000000000000000005', '5f3c00000000000000000006', '5f3c00000000000000000050', '5f3c00000000000000000007', '5f3c00000000000000000010']);
    expect(text).toContain('DTSTART;VALUE=DATE:20261205\r\nDTEND;VALUE=DATE:20261206');
    expect(text).toContain('DTSTART;TZID=Indian/Reunion:20260912T200000');
    expect(text).toContain('SUMMARY:Soirée Dub');
    const unknown = await fetch(`${sim.url}/ical/organizations/5d9f0c0e40bb4e2b3c8b0000/events`);
    expect(await unknown.json()).toEqual({ status: false, msg: 'not organizations' });
    expect(sim.control.calls('ical')).toBe(2);
  });
});
