import { describe, expect, it } from 'vitest';
import { Freshness, ResilientSource, withFreshness } from '../src/index.js';

const source = (overrides = {}) => new ResilientSource({ source: 'Odoo', retryBaseMs: 1, retries: 0, timeoutMs: 200, ...overrides });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the freshness of a request', () => {
  it('keeps the subgraph’s own limit when nothing upstream is read', () => {
    expect(new Freshness(60).maxAgeSeconds).toBe(60);
    expect(new Freshness(-3).maxAgeSeconds).toBe(0);
  });

  it('is lowered to what is left of each read’s freshness', async () => {
    const s = source({ freshForMs: 30_000 });
    await s.read('k', async () => 1);
    await wait(1100);
    const freshness = new Freshness(60);
    await withFreshness(freshness, () => s.read('k', async () => 2));
    expect(freshness.maxAgeSeconds).toBeGreaterThanOrEqual(27);
    expect(freshness.maxAgeSeconds).toBeLessThanOrEqual(28);
    s.shutdown();
  });

  it('drops to nothing when a read is a stale copy, or when the tool’s reads are not cached', async () => {
    const s = source({ freshForMs: 0 });
    await s.read('k', async () => 1);
    await wait(5);
    const stale = new Freshness(60);
    const read = await withFreshness(stale, () =>
      s.read('k', async () => {
        throw new Error('socket hang up');
      }),
    );
    expect(read).toMatchObject({ value: 1, stale: true });
    expect(stale.maxAgeSeconds).toBe(0);

    const uncached = new Freshness(60);
    await withFreshness(uncached, () => s.read('other', async () => 3));
    expect(uncached.maxAgeSeconds).toBe(0);
    s.shutdown();
  });

  it('with no cache, shares a read begun since the request began, and only those', async () => {
    const s = source({ freshForMs: 0 });
    let calls = 0;
    const call = async () => ++calls;
    await s.read('k', call); // begun before the request: too old for it
    await wait(5);

    const request = new Freshness(60);
    request.requestStartedAt(Date.now());
    await withFreshness(request, async () => {
      expect((await s.read('k', call)).value).toBe(2);
      // A later subgraph call of the same request reuses the read it began.
      expect((await s.read('k', call)).value).toBe(2);
    });
    expect(calls).toBe(2);

    // Outside any request, nothing is reused.
    expect((await s.read('k', call)).value).toBe(3);
    s.shutdown();
  });

  it('never believes a request began more than a minute ago or in the future', () => {
    const freshness = new Freshness(60);
    const now = Date.now();
    freshness.requestStartedAt(now - 3_600_000);
    expect(freshness.readsSince).toBeGreaterThanOrEqual(now - 60_000);
    freshness.requestStartedAt(now + 3_600_000);
    expect(freshness.readsSince).toBeLessThanOrEqual(Date.now());
  });
});
