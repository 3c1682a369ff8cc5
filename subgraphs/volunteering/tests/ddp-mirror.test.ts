import { UpstreamError } from '@alambic/connector-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OcecoVolunteeringSource } from '../src/oceco/oceco-source.js';
import { startOcecoSimulator, type OcecoSimulator } from '../src/oceco/simulator/index.js';
import { demoSource, linkedMembers, memberNamed, orgId } from './helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function simulator(port = 0): Promise<OcecoSimulator> {
  const sim = await startOcecoSimulator({ port });
  cleanups.push(() => sim.close());
  return sim;
}

function source(url: string, overrides = {}): OcecoVolunteeringSource {
  const created = demoSource(url, overrides);
  cleanups.push(() => created.close());
  return created;
}

async function failureOf(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

const waitOptions = { timeout: 5000, interval: 20 };

describe('Oceco DDP mirror against the simulator', () => {
  it('logs in, subscribes once and serves every demo balance with the unit label', async () => {
    const sim = await simulator();
    const oceco = source(sim.url);
    const read = await oceco.creditBalances();
    expect(read.stale).toBe(false);
    expect(read.unit).toBe('R');
    expect(read.balances.size).toBe(linkedMembers.length);
    for (const member of linkedMembers) expect(read.balances.get(member.ocecoUserId)).toBe(member.ocecoCredits);
    expect(sim.control.calls('ddp:connect')).toBe(1);
    expect(sim.control.calls('ddp:login:password')).toBe(1);
    expect(sim.control.calls('ddp:sub:listMembers')).toBe(1);
    // The action catalogue and every member's profile (for the email) are mirrored on the same connection.
    expect(sim.control.calls('ddp:sub:directoryActionsAll')).toBe(1);
    expect(sim.control.calls('ddp:sub:scopeDetail')).toBe(linkedMembers.length);
    expect(read.citoyenByEmail.get(memberNamed('Manon').email)).toBe(memberNamed('Manon').ocecoUserId);
    const warm = sim.control.calls();
    await oceco.creditBalances();
    await Promise.all([oceco.creditBalances(), oceco.creditBalances(), oceco.catalogue()]);
    expect(sim.control.calls()).toBe(warm);
    expect(oceco.health()).toEqual({ up: true });
  });

  it('reads the organisation’s own unit label', async () => {
    const sim = await simulator();
    const org = sim.store.get('organizations', orgId) as unknown as { oceco: { account: { textUnite: string } } };
    org.oceco.account.textUnite = 'Ti-Rand';
    const oceco = source(sim.url);
    expect((await oceco.creditBalances()).unit).toBe('Ti-Rand');
    expect(oceco.knownUnit()).toBe('Ti-Rand');
  });

  it('turns a refused login into a credentials error naming Oceco, without the password, email or address', async () => {
    const sim = await simulator();
    const port = new URL(sim.url).port;
    for (const overrides of [{ password: 'wrong-password-123' }, { email: 'nobody@laraffinerie.re', password: 'wrong-password-123' }]) {
      const error = await failureOf(source(sim.url, overrides).creditBalances());
      expect(error.kind).toBe('CREDENTIALS');
      expect(error.message).toMatch(/^Oceco /);
      for (const secret of ['wrong-password-123', 'nobody@', 'camille.payet', port, '127.0.0.1', 'ws://']) expect(error.message).not.toContain(secret);
    }
  });

  it('applies changed documents pushed by Oceco to the mirror without a new round trip', async () => {
    const sim = await simulator();
    const oceco = source(sim.url);
    await oceco.warmUp();
    sim.control.resetCounts();
    const manon = memberNamed('Manon');
    const sacha = memberNamed('Sacha');
    sim.adjustCredits(manon.ocecoUserId, 5, 'Coup de main imprévu');
    sim.validateAction('5f7c00000000000000000005', sacha.ocecoUserId);
    await vi.waitFor(async () => {
      const read = await oceco.creditBalances();
      expect(read.balances.get(manon.ocecoUserId)).toBe(manon.ocecoCredits + 5);
      expect(read.balances.get(sacha.ocecoUserId)).toBe(sacha.ocecoCredits + 2);
    }, waitOptions);
    expect(sim.control.calls()).toBe(0);
  });

  it('reconnects with the resume token after the socket drops', async () => {
    const sim = await simulator();
    const oceco = source(sim.url);
    await oceco.warmUp();
    sim.dropConnections();
    await vi.waitFor(() => expect(sim.control.calls('ddp:login:resume')).toBe(1), waitOptions);
    await vi.waitFor(async () => expect((await oceco.creditBalances()).stale).toBe(false), waitOptions);
    expect(sim.control.calls('ddp:login:password')).toBe(1);
    const hugo = memberNamed('Hugo');
    sim.adjustCredits(hugo.ocecoUserId, -2);
    await vi.waitFor(async () => expect((await oceco.creditBalances()).balances.get(hugo.ocecoUserId)).toBe(hugo.ocecoCredits - 2), waitOptions);
  });

  it('reconnects after Oceco restarts, falling back to the password when the resume token is forgotten', async () => {
    const first = await startOcecoSimulator();
    const port = Number(new URL(first.url).port);
    const oceco = source(first.url);
    await oceco.warmUp();
    const lea = memberNamed('Léa');
    first.adjustCredits(lea.ocecoUserId, 10);
    await vi.waitFor(async () => expect((await oceco.creditBalances()).balances.get(lea.ocecoUserId)).toBe(lea.ocecoCredits + 10), waitOptions);
    await first.close();
    await vi.waitFor(async () => expect((await oceco.creditBalances()).stale).toBe(true), waitOptions);
    const second = await simulator(port);
    await vi.waitFor(async () => expect((await oceco.creditBalances()).stale).toBe(false), waitOptions);
    expect(second.control.calls('ddp:login:resume')).toBe(1);
    expect(second.control.calls('ddp:login:password')).toBe(1);
    // The restarted Oceco holds the demo balances again: the mirror was replaced, not merged.
    expect((await oceco.creditBalances()).balances.get(lea.ocecoUserId)).toBe(lea.ocecoCredits);
  });

  it('serves the last good mirror marked stale, with the time it was last in sync, during an outage', async () => {
    const sim = await simulator();
    const oceco = source(sim.url);
    await oceco.warmUp();
    const before = Date.now();
    sim.control.mode = 'down';
    const after = Date.now();
    await vi.waitFor(async () => expect((await oceco.creditBalances()).stale).toBe(true), waitOptions);
    const read = await oceco.creditBalances();
    expect(read.readAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(read.readAt.getTime()).toBeLessThanOrEqual(after + 1000);
    expect(read.balances.get(memberNamed('Noah').ocecoUserId)).toBe(64);
    expect(oceco.health().up).toBe(false);
    expect(oceco.health().detail).toMatch(/^Oceco /);
    sim.control.mode = 'up';
    await vi.waitFor(async () => expect((await oceco.creditBalances()).stale).toBe(false), waitOptions);
    expect(oceco.health()).toEqual({ up: true });
  });

  it('detects a server that stops answering (heartbeat) and serves the mirror as stale', async () => {
    const sim = await simulator();
    const oceco = source(sim.url);
    await oceco.warmUp();
    sim.control.mode = 'hang';
    await vi.waitFor(async () => expect((await oceco.creditBalances()).stale).toBe(true), waitOptions);
    sim.control.mode = 'up';
    sim.dropConnections();
    await vi.waitFor(async () => expect((await oceco.creditBalances()).stale).toBe(false), waitOptions);
  });

  it('fails with an error naming Oceco when nothing was ever read', async () => {
    const sim = await simulator();
    sim.control.mode = 'down';
    const down = await failureOf(source(sim.url).creditBalances());
    expect(down.message).toMatch(/^Oceco /);
    expect(down.message).not.toContain(new URL(sim.url).port);

    const gone = await startOcecoSimulator();
    await gone.close();
    const unreachable = await failureOf(source(gone.url).creditBalances());
    expect(unreachable.kind).toBe('UNREACHABLE');
    expect(unreachable.message).toBe('Oceco est injoignable.');
  });
});
