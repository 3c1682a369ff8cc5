import { describe, expect, it } from 'vitest';
import { ResilientSource, UpstreamError } from '../src/index.js';

const source = (overrides = {}) => new ResilientSource({ source: 'Odoo', retryBaseMs: 1, timeoutMs: 200, ...overrides });

describe('ResilientSource', () => {
  it('shares one upstream call between concurrent reads of the same key', async () => {
    const s = source();
    let calls = 0;
    const read = () => s.read('k', async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return 42;
    });
    const values = await Promise.all([read(), read(), read()]);
    expect(values.map((v) => v.value)).toEqual([42, 42, 42]);
    expect(calls).toBe(1);
    s.shutdown();
  });

  it('serves a fresh cached read without calling the tool again', async () => {
    const s = source({ freshForMs: 60_000 });
    let calls = 0;
    await s.read('k', async () => ++calls);
    const second = await s.read('k', async () => ++calls);
    expect(second).toMatchObject({ value: 1, stale: false });
    expect(calls).toBe(1);
    s.shutdown();
  });

  it('retries a read that failed on the network, then succeeds', async () => {
    const s = source({ retries: 2 });
    let attempts = 0;
    const result = await s.read('k', async () => {
      attempts++;
      if (attempts < 3) throw new UpstreamError('Odoo', 'UNREACHABLE');
      return 'ok';
    });
    expect(result.value).toBe('ok');
    expect(attempts).toBe(3);
    s.shutdown();
  });

  it('never retries a refused request', async () => {
    const s = source({ retries: 2 });
    let attempts = 0;
    await expect(
      s.read('k', async () => {
        attempts++;
        throw new UpstreamError('Odoo', 'CREDENTIALS');
      }),
    ).rejects.toThrow(/Odoo refuse les identifiants/);
    expect(attempts).toBe(1);
    s.shutdown();
  });

  it('times out a hanging call and says so naming the tool', async () => {
    const s = source({ timeoutMs: 30, retries: 0 });
    await expect(s.read('k', () => new Promise(() => undefined))).rejects.toThrow(/Odoo n’a pas répondu à temps/);
    s.shutdown();
  });

  it('serves the last good read, marked stale with its time, when the tool fails', async () => {
    const s = source({ freshForMs: 0, retries: 0 });
    const first = await s.read('k', async () => 'v1');
    const second = await s.read('k', async () => {
      throw new UpstreamError('Odoo', 'UNREACHABLE');
    });
    expect(second).toEqual({ value: 'v1', readAt: first.readAt, stale: true });
    s.shutdown();
  });

  it('opens the circuit after repeated failures and stops calling the tool', async () => {
    const s = source({ freshForMs: 0, retries: 0, volumeThreshold: 3, errorThresholdPercentage: 50, resetTimeoutMs: 60_000 });
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new UpstreamError('Odoo', 'SERVER');
    };
    for (let i = 0; i < 4; i++) await s.read(`k${i}`, failing).catch(() => undefined);
    const before = calls;
    await expect(s.read('k-next', failing)).rejects.toMatchObject({ kind: 'CIRCUIT_OPEN' });
    expect(calls).toBe(before);
    expect(s.circuitState).toBe('open');
    s.shutdown();
  });

  it('never retries a write', async () => {
    const s = source({ retries: 3 });
    let attempts = 0;
    await expect(
      s.write(async () => {
        attempts++;
        throw new UpstreamError('Odoo', 'UNREACHABLE');
      }),
    ).rejects.toBeInstanceOf(UpstreamError);
    expect(attempts).toBe(1);
    s.shutdown();
  });
});

describe('backoffDelay', () => {
  it('doubles up to the cap and waits between half and all of it', async () => {
    const { backoffDelay } = await import('../src/backoff.js');
    for (let i = 0; i < 50; i++) {
      const first = backoffDelay(0, 100, 2000);
      expect(first).toBeGreaterThanOrEqual(50);
      expect(first).toBeLessThanOrEqual(100);
      const capped = backoffDelay(10, 100, 2000);
      expect(capped).toBeGreaterThanOrEqual(1000);
      expect(capped).toBeLessThanOrEqual(2000);
    }
  });
});
