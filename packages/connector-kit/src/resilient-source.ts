import CircuitBreaker from 'opossum';
import { LRUCache } from 'lru-cache';
import { backoffDelay } from './backoff.js';
import { currentFreshness } from './freshness.js';
import { UpstreamError } from './upstream-error.js';

export interface ResilienceOptions {
  /** The tool's name as users know it (`Odoo`, `TiBillet`, `Oceco`); it appears in error messages. */
  source: string;
  /** Time allowed for one call. @default 5000 */
  timeoutMs?: number;
  /** Extra attempts for idempotent reads that failed on the network, a timeout or a 5xx. @default 2 */
  retries?: number;
  /** First backoff delay; doubles each attempt, with jitter, capped at 2 s. @default 100 */
  retryBaseMs?: number;
  /** A read younger than this is served from cache without calling the tool. @default 30000 */
  freshForMs?: number;
  /** When the tool fails, a read younger than this is served marked stale. @default 86400000 (24 h) */
  staleForMs?: number;
  /** Failure percentage (over at least `volumeThreshold` calls) that opens the circuit. @default 50 */
  errorThresholdPercentage?: number;
  /** Calls in the rolling window before the circuit may open. @default 5 */
  volumeThreshold?: number;
  /** How long the circuit stays open before one trial call. @default 10000 */
  resetTimeoutMs?: number;
}

/** A value read from an upstream tool, with the time it was read and whether it is a stale copy. */
export interface Sourced<T> {
  value: T;
  readAt: Date;
  stale: boolean;
}

interface Entry {
  value: unknown;
  /** When the call began and when it answered. */
  startedAt: number;
  readAt: number;
}

type Call<T> = (signal: AbortSignal) => Promise<T>;

/** Timeout, retries for reads, a circuit breaker, a short cache and the last good read, for one upstream tool. */
export class ResilientSource {
  readonly source: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly freshForMs: number;
  private readonly staleForMs: number;
  private readonly breaker: CircuitBreaker<[Call<unknown>], unknown>;
  private readonly cache = new LRUCache<string, Entry>({ max: 5000 });
  private readonly inFlight = new Map<string, Promise<Sourced<unknown>>>();

  constructor(options: ResilienceOptions) {
    const {
      source,
      timeoutMs = 5000,
      retries = 2,
      retryBaseMs = 100,
      freshForMs = 30_000,
      staleForMs = 86_400_000,
      errorThresholdPercentage = 50,
      volumeThreshold = 5,
      resetTimeoutMs = 10_000,
    } = options;
    this.source = source;
    this.timeoutMs = timeoutMs;
    this.retries = retries;
    this.retryBaseMs = retryBaseMs;
    this.freshForMs = freshForMs;
    this.staleForMs = staleForMs;
    this.breaker = new CircuitBreaker((call: Call<unknown>) => this.withTimeout(call), {
      timeout: false,
      errorThresholdPercentage,
      volumeThreshold,
      resetTimeout: resetTimeoutMs,
      // Business answers (not found, refused input) mean the tool is healthy.
      errorFilter: (error: unknown) => error instanceof UpstreamError && (error.kind === 'NOT_FOUND' || error.kind === 'BAD_REQUEST'),
    });
  }

  /** Reads through the cache; concurrent reads of one key share one upstream call. The request being served learns
   * how long what it got stays fresh. */
  async read<T>(key: string, call: Call<T>): Promise<Sourced<T>> {
    const read = await this.readShared<T>(key, call);
    currentFreshness()?.noteRead(read.readAt, read.stale, this.freshForMs);
    return read;
  }

  private readShared<T>(key: string, call: Call<T>): Promise<Sourced<T>> {
    const cached = this.cache.get(key);
    // Fresh by age, or begun after the request being served began (even with no cache at all).
    const since = currentFreshness()?.readsSince ?? Infinity;
    if (cached && (Date.now() - cached.readAt < this.freshForMs || cached.startedAt >= since)) {
      return Promise.resolve({ value: cached.value as T, readAt: new Date(cached.readAt), stale: false });
    }
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<Sourced<T>>;
    const promise = this.readFromUpstream(key, call).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise as Promise<Sourced<T>>;
  }

  /** A call that changes something upstream: timeout and circuit breaker, never retried, never cached. */
  async write<T>(call: Call<T>): Promise<T> {
    return this.fire(call);
  }

  /** Drops every cached read (after a write, or in tests). */
  invalidate(): void {
    this.cache.clear();
  }

  get circuitState(): 'closed' | 'open' | 'half-open' {
    if (this.breaker.opened) return 'open';
    if (this.breaker.halfOpen) return 'half-open';
    return 'closed';
  }

  shutdown(): void {
    this.breaker.shutdown();
  }

  private async readFromUpstream<T>(key: string, call: Call<T>): Promise<Sourced<T>> {
    const startedAt = Date.now();
    try {
      const value = await this.withRetries(call);
      const readAt = Date.now();
      this.cache.set(key, { value, startedAt, readAt });
      return { value, readAt: new Date(readAt), stale: false };
    } catch (error) {
      const last = this.cache.get(key);
      if (last && Date.now() - last.readAt < this.staleForMs && !(error instanceof UpstreamError && error.kind === 'NOT_FOUND')) {
        return { value: last.value as T, readAt: new Date(last.readAt), stale: true };
      }
      throw error;
    }
  }

  private async withRetries<T>(call: Call<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.fire(call);
      } catch (error) {
        const retryable = error instanceof UpstreamError && error.retryable;
        if (!retryable || attempt >= this.retries) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, this.retryBaseMs, 2000)));
      }
    }
  }

  private async fire<T>(call: Call<T>): Promise<T> {
    try {
      return (await this.breaker.fire(call as Call<unknown>)) as T;
    } catch (error) {
      if (this.breaker.opened && !(error instanceof UpstreamError)) {
        throw new UpstreamError(this.source, 'CIRCUIT_OPEN', { cause: error });
      }
      if ((error as { code?: string }).code === 'EOPENBREAKER') {
        throw new UpstreamError(this.source, 'CIRCUIT_OPEN', { cause: error });
      }
      throw error;
    }
  }

  private async withTimeout<T>(call: Call<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new UpstreamError(this.source, 'TIMEOUT', { detail: `aucune réponse après ${this.timeoutMs} ms` }));
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([call(controller.signal), timeout]);
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      throw new UpstreamError(this.source, 'UNREACHABLE', { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}
