/** Pure quote arithmetic, exact in cents (integer and BigInt only, never float money). */

export const COMMONS_CIRCLE_CODE = '3000';
export const MIN_HOURLY_RATE_CENTS = 10_000;
export const MAX_HOURLY_RATE_CENTS = 15_000;

/** A quantity with at most two decimals × a price in cents, rounded half up to the cent. */
export function times(quantity: number, unitCents: number): number {
  const hundredths = BigInt(Math.round(quantity * 100));
  const product = hundredths * BigInt(unitCents);
  return Number((product + 50n) / 100n);
}

export interface PricedLine {
  circleId: string;
  amountCents: number;
  costCents: number;
}

export interface QuoteFigures {
  siteHireCents: number;
  servicesCents: number;
  totalCents: number;
  costsCents: number;
  marginCents: number;
}

/** Site hire (hours × hourly rate, référent included) plus every service line; margin = total − costs. */
export function quoteFigures(hours: number, hourlyRateCents: number, lines: readonly PricedLine[]): QuoteFigures {
  const siteHireCents = times(hours, hourlyRateCents);
  const servicesCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  const costsCents = lines.reduce((sum, l) => sum + l.costCents, 0);
  const totalCents = siteHireCents + servicesCents;
  return { siteHireCents, servicesCents, totalCents, costsCents, marginCents: totalCents - costsCents };
}

export interface SharePart {
  circleId: string;
  amountCents: number;
}

/**
 * The planned profit share. `percent` % of the margin (rounded down to the cent) goes to the participating circles in proportion
 * to what each provides (the pôle's site hire counts for the pôle, each service for its circle); the rest goes to the commons.
 * Shares are split by the largest remainder, so the parts always add up to the margin exactly. A margin ≤ 0 stays with the commons.
 */
export function profitShare(marginCents: number, percent: number, poleId: string, siteHireCents: number, lines: readonly PricedLine[], commonsId: string): SharePart[] {
  if (marginCents <= 0) return [{ circleId: commonsId, amountCents: marginCents }];
  const weights = new Map<string, bigint>();
  const add = (id: string, cents: number) => weights.set(id, (weights.get(id) ?? 0n) + BigInt(cents));
  if (siteHireCents > 0) add(poleId, siteHireCents);
  for (const l of lines) add(l.circleId, l.amountCents);
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0n);
  const shared = totalWeight > 0n ? (BigInt(marginCents) * BigInt(percent)) / 100n : 0n;
  const parts = [...weights.entries()].map(([circleId, w]) => {
    const exact = shared * w;
    return { circleId, amount: exact / totalWeight, remainder: exact % totalWeight };
  });
  let left = shared - parts.reduce((s, p) => s + p.amount, 0n);
  for (const p of [...parts].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.circleId.localeCompare(b.circleId)))) {
    if (left === 0n) break;
    p.amount += 1n;
    left -= 1n;
  }
  const result = new Map<string, bigint>(parts.map((p) => [p.circleId, p.amount]));
  result.set(commonsId, (result.get(commonsId) ?? 0n) + BigInt(marginCents) - shared);
  return [...result.entries()].filter(([, cents]) => cents !== 0n).map(([circleId, cents]) => ({ circleId, amountCents: Number(cents) }));
}
