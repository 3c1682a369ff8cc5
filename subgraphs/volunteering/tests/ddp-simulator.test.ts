import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionMirror } from '../src/oceco/ddp/collections.js';
import { DdpConnection } from '../src/oceco/ddp/connection.js';
import { websocketUrlOf } from '../src/oceco/ddp/protocol.js';
import { DdpRemoteError } from '../src/oceco/errors.js';
import { startOcecoSimulator, type OcecoSimulator } from '../src/oceco/simulator/index.js';
import { ocecoDemo } from '@alambic/demo-data';
import { adminCitoyenId, memberNamed, orgId } from './helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function setup(options = {}): Promise<{ sim: OcecoSimulator; open: () => Promise<DdpConnection> }> {
  const sim = await startOcecoSimulator(options);
  cleanups.push(() => sim.close());
  const open = async () => {
    const connection = await DdpConnection.open({ url: websocketUrlOf(sim.url), connectTimeoutMs: 1000 });
    cleanups.push(() => connection.close());
    return connection;
  };
  return { sim, open };
}

async function remoteError(promise: Promise<unknown>): Promise<DdpRemoteError> {
  const error = await promise.then(
    () => new Error('expected a Meteor error'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DdpRemoteError);
  return error as DdpRemoteError;
}

const login = (connection: DdpConnection, email: string) =>
  connection.call<{ id: string; token: string; tokenExpires: { $date: number } }>('login', [{ email, pwd: ocecoDemo.adminPassword }], 1000);

describe('Oceco simulator over DDP', () => {
  it('derives the websocket address from the http(s) base', () => {
    expect(websocketUrlOf('https://oce.co.tools')).toBe('wss://oce.co.tools/websocket');
    expect(websocketUrlOf('http://127.0.0.1:4012/oceco/')).toBe('ws://127.0.0.1:4012/oceco/websocket');
  });

  it('requires a login before any publication, and refuses unknown publications and methods', async () => {
    const { open } = await setup();
    const connection = await open();
    expect((await remoteError(connection.subscribe('listMembers', [orgId], 1000))).error).toBe('not-authorized');
    await login(connection, ocecoDemo.adminEmail);
    const unknownSub = await remoteError(connection.subscribe('everything', [], 1000));
    expect(unknownSub.error).toBe(404);
    expect(unknownSub.reason).toBe("Subscription 'everything' not found");
    expect((await remoteError(connection.call('dropDatabase', [], 1000))).error).toBe(404);
  });

  it('answers login with {id, token, tokenExpires}, accepts the resume token on a new connection and refuses a forgotten one', async () => {
    const { sim, open } = await setup();
    const first = await open();
    const session = await login(first, ocecoDemo.adminEmail);
    expect(session.id).toBe(adminCitoyenId);
    expect(typeof session.token).toBe('string');
    expect(typeof session.tokenExpires.$date).toBe('number');
    const second = await open();
    expect((await second.call<{ id: string }>('login', [{ resume: session.token }], 1000)).id).toBe(adminCitoyenId);
    const refused = await remoteError(second.call('login', [{ resume: 'forgotten' }], 1000));
    expect(refused.error).toBe(403);
    const badPassword = await remoteError(second.call('login', [{ email: ocecoDemo.adminEmail, pwd: 'nope' }], 1000));
    expect(badPassword).toMatchObject({ error: 145546287, reason: 'emailAndPassNotMatch' });
    expect(sim.control.calls('ddp:login:resume')).toBe(2);
    expect(sim.control.calls('ddp:login:password')).toBe(2);
  });

  it('publishes the ledger newest first, for the citoyen themself or an admin only, and pushes new rows', async () => {
    const { sim, open } = await setup();
    const lucas = memberNamed('Lucas');
    const admin = await open();
    await login(admin, ocecoDemo.adminEmail);
    const mirror = new CollectionMirror();
    admin.onData((message) => mirror.apply(message));
    await admin.subscribe('listMembersDetailHistorique', [orgId, lucas.ocecoUserId, 10], 1000);
    const rows = [...mirror.documents('loguseractions').values()];
    expect(rows.map((r) => r.credits)).toEqual([4, 3, 24]);
    const dates = rows.map((r) => Date.parse(r.createdAt as string));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const row of rows) expect(row.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+04:00$/);
    expect(rows.reduce((sum, r) => sum + (r.credits as number), 0)).toBe(lucas.ocecoCredits);
    expect(mirror.documents('actions').size).toBe(2);
    expect(mirror.get('citoyens', lucas.ocecoUserId)).toEqual({ name: 'Lucas Morel' });

    sim.adjustCredits(lucas.ocecoUserId, 2, 'Rangement du local');
    await vi.waitFor(() => expect(mirror.documents('loguseractions').size).toBe(4), { timeout: 2000 });

    const limited = await open();
    await login(limited, memberNamed('Manon').email);
    expect((await remoteError(limited.subscribe('listMembersDetailHistorique', [orgId, lucas.ocecoUserId, 10], 1000))).error).toBe('not-authorized');
    const own = new CollectionMirror();
    limited.onData((message) => own.apply(message));
    await limited.subscribe('listMembersDetailHistorique', [orgId, memberNamed('Manon').ocecoUserId, 1], 1000);
    expect(own.documents('loguseractions').size).toBe(1);
    expect((await remoteError(limited.subscribe('listMembersDetailHistorique', [orgId, lucas.ocecoUserId, 'dix'], 1000))).error).toBe(400);
  });

  it('publishes members with name, thumbnail, membership link and wallet only, and the org with its unit', async () => {
    const { open } = await setup();
    const connection = await open();
    await login(connection, memberNamed('Tom').email);
    const mirror = new CollectionMirror();
    connection.onData((message) => mirror.apply(message));
    await connection.subscribe('listMembers', [orgId], 1000);
    const camille = mirror.get('citoyens', adminCitoyenId);
    expect(Object.keys(camille ?? {}).sort()).toEqual(['links', 'name', 'profilThumbImageUrl', 'userWallet']);
    expect(camille?.links).toMatchObject({ memberOf: { [orgId]: { type: 'organizations', isAdmin: true } } });
    expect(mirror.get('organizations', orgId)).toMatchObject({ name: 'La Raffinerie', oceco: { account: { textUnite: 'R' } } });
  });

  it('sends pings the client answers with pongs', async () => {
    const { sim, open } = await setup({ pingIntervalMs: 20 });
    await open();
    await vi.waitFor(() => expect(sim.pongs()).toBeGreaterThan(0), { timeout: 2000 });
  });
});
