/** Splits an event's revenue by per-mille shares, exactly: each share is rounded down, the leftover cents go to the
 * largest remainders, and what no share claims stays with the organising circle. The parts add up to the revenue. */
export function dispatch(revenueCents: number, shares: Array<{ circleId: string; perMille: number }>): { parts: Array<{ circleId: string; cents: number }>; kept: number } {
  if (revenueCents <= 0) return { parts: shares.map((s) => ({ circleId: s.circleId, cents: 0 })), kept: revenueCents };
  const exact = shares.map((s) => ({ circleId: s.circleId, whole: Math.floor((revenueCents * s.perMille) / 1000), rest: (revenueCents * s.perMille) % 1000 }));
  const claimed = Math.floor((revenueCents * shares.reduce((sum, s) => sum + s.perMille, 0)) / 1000);
  let leftover = claimed - exact.reduce((sum, p) => sum + p.whole, 0);
  for (const part of [...exact].sort((a, b) => b.rest - a.rest)) {
    if (leftover <= 0) break;
    part.whole += 1;
    leftover -= 1;
  }
  const parts = exact.map((p) => ({ circleId: p.circleId, cents: p.whole }));
  return { parts, kept: revenueCents - parts.reduce((sum, p) => sum + p.cents, 0) };
}
