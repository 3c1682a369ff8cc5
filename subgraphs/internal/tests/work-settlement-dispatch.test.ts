import { describe, expect, it } from 'vitest';
import { dispatch } from '../src/work/settlement/dispatch.js';

describe('dispatching an event’s revenue', () => {
  it('splits exactly: parts and what the organiser keeps add up to the revenue', () => {
    const { parts, kept } = dispatch(100_001, [
      { circleId: 'bar', perMille: 333 },
      { circleId: 'cuisine', perMille: 333 },
      { circleId: 'technique', perMille: 334 },
    ]);
    expect(parts.map((p) => p.cents)).toEqual([33_300, 33_300, 33_401]);
    expect(parts.reduce((s, p) => s + p.cents, 0) + kept).toBe(100_001);
    expect(kept).toBe(0);
  });

  it('leaves to the organiser what the rule does not share', () => {
    const { parts, kept } = dispatch(30_200, [{ circleId: 'bar', perMille: 250 }]);
    expect(parts).toEqual([{ circleId: 'bar', cents: 7_550 }]);
    expect(kept).toBe(22_650);
  });

  it('gives the leftover cents to the largest remainders', () => {
    const { parts, kept } = dispatch(10, [
      { circleId: 'a', perMille: 150 },
      { circleId: 'b', perMille: 150 },
      { circleId: 'c', perMille: 700 },
    ]);
    expect(parts.map((p) => p.cents)).toEqual([2, 1, 7]);
    expect(kept).toBe(0);
  });
});
