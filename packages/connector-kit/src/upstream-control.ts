import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a simulator's test and bench hooks can change at run time: latency, outage, and call counting. */
export class UpstreamControl {
  /** How long each call takes, from its arrival to its answer: the simulator's own work happens within it, as an
   * upstream's does within its response time (a call whose work takes longer is answered when done). */
  latencyMs = 0;
  /** `down`: connections are refused with 503; `hang`: requests never get an answer. */
  mode: 'up' | 'down' | 'hang' = 'up';
  private readonly counts = new Map<string, number>();
  private total = 0;

  /** Counts one call under `kind` and under each finer `details` name (e.g. the model and method). */
  count(kind: string, ...details: string[]): void {
    this.total += 1;
    for (const name of [kind, ...details]) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Calls of one kind, or every call when no kind is given (each call counted once). */
  calls(kind?: string): number {
    return kind ? (this.counts.get(kind) ?? 0) : this.total;
  }

  resetCounts(): void {
    this.counts.clear();
    this.total = 0;
  }

  /** Applies mode and latency; returns false when the request must not be answered normally. */
  async gate(_req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (this.mode === 'hang') return false;
    if (this.mode === 'down') {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/html');
      res.end('<html><body>Service Unavailable</body></html>');
      return false;
    }
    if (this.latencyMs > 0) holdAnswer(res, performance.now() + this.latencyMs);
    return true;
  }
}

/** Defers the end of an answer until `at` (a `performance.now()` time). */
function holdAnswer(res: ServerResponse, at: number): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const wait = at - performance.now();
    if (wait <= 0) return end(...args);
    setTimeout(() => end(...args), wait);
    return res;
  }) as ServerResponse['end'];
}
