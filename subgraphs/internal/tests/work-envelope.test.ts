import { describe, expect, it } from 'vitest';
import { envelopeFigures, potentialRemuneration } from '../src/work/envelope.js';

const care = { kind: 'CARE', remunerationCents: 100_000, maxPeople: 3 };
const presta = { kind: 'INTERNAL_SERVICE', remunerationCents: 15_000, maxPeople: 2 };
const claim = (state: string, proposed: number, validated: number | null = null) => ({ state, amountProposedCents: proposed, amountValidatedCents: validated });

describe('envelope arithmetic', () => {
  it('counts regulated amounts once validated, keeps proposals apart and flags an over-claim', () => {
    const figures = envelopeFigures(care, [claim('PROPOSED', 60_000), claim('VALIDATED', 30_000, 25_000), claim('INVOICED', 10_001, 10_001), claim('PAID', 20_000, 19_999)]);
    expect(figures).toEqual({ envelope: 100_000, claimed: 120_001, validated: 55_000, remaining: 45_000, committed: 35_001, paid: 19_999, overClaimed: true });
  });

  it('gives a negative remainder when validated claims exceed the envelope, and no over-claim at exactly the envelope', () => {
    expect(envelopeFigures(care, [claim('VALIDATED', 100_000, 100_000)])).toMatchObject({ remaining: 0, overClaimed: false });
    expect(envelopeFigures(care, [claim('VALIDATED', 90_000, 110_000)]).remaining).toBe(-10_000);
  });

  it('uses the fixed remuneration × the maximum of people as a presta’s envelope', () => {
    expect(envelopeFigures(presta, []).envelope).toBe(30_000);
  });

  it('estimates the fixed remuneration for a presta, the remaining envelope shared by holders for bienveillance', () => {
    expect(potentialRemuneration(presta, [], 2)).toBe(15_000);
    expect(potentialRemuneration(care, [claim('VALIDATED', 40_000)], 3)).toBe(20_000);
    expect(potentialRemuneration(care, [claim('VALIDATED', 120_000)], 2)).toBe(0);
    expect(potentialRemuneration(care, [], 0)).toBe(100_000);
  });
});
