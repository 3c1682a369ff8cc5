import { AsyncLocalStorage } from 'node:async_hooks';

/** How long the answer to one request may be reused: the subgraph's own limit, lowered by every upstream read the
 * request served (a read cached for 30 s and 25 s old leaves 5 s; a stale copy leaves nothing). The subgraph sends
 * it as `Cache-Control`, and the gateway's response cache keeps the answer no longer than that. */
export class Freshness {
  private seconds: number;
  private since = Date.now();

  constructor(maxAgeSeconds: number) {
    this.seconds = Math.max(0, Math.floor(maxAgeSeconds));
  }

  /** Reads begun at or after this time (ms since the epoch) are as fresh as this request can ask. */
  get readsSince(): number {
    return this.since;
  }

  /** The client's request began earlier than this subgraph call (the gateway says when, within the last minute):
   * reads begun since then serve it too. */
  requestStartedAt(startedAt: number | undefined): void {
    const now = Date.now();
    if (typeof startedAt === 'number' && Number.isFinite(startedAt)) this.since = Math.min(now, Math.max(now - 60_000, startedAt));
  }

  get maxAgeSeconds(): number {
    return this.seconds;
  }

  /** Nothing in this answer may be reused longer than `seconds`. */
  limit(seconds: number): void {
    this.seconds = Math.min(this.seconds, Math.max(0, Math.floor(seconds)));
  }

  /** An upstream read served to this request: fresh for `freshForMs` from `readAt`, never reusable when stale. */
  noteRead(readAt: Date, stale: boolean, freshForMs: number): void {
    this.limit(stale ? 0 : (freshForMs - (Date.now() - readAt.getTime())) / 1000);
  }
}

const current = new AsyncLocalStorage<Freshness>();

/** Runs one request's work with its freshness, so that the connectors it calls can lower it. */
export function withFreshness<T>(freshness: Freshness, work: () => T): T {
  return current.run(freshness, work);
}

/** The freshness of the request being served, if any. */
export function currentFreshness(): Freshness | undefined {
  return current.getStore();
}
