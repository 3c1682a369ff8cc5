import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a simulator's test and bench hooks can change at run time: latency, outage, and call counting. */
export class UpstreamControl {
  /** Delay added before answering each call. */
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
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    return true;
  }
}
