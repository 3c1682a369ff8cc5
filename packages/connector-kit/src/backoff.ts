/** Exponential backoff with "equal jitter": the wait doubles each attempt up to `capMs`, and a random half of it
 * spreads clients that failed together so they do not all retry at the same instant. Timing only, never data. */
export function backoffDelay(attempt: number, baseMs: number, capMs: number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
