import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a simulator's test and bench hooks can change at run time: latency, outage, and call counting. */
export class UpstreamControl {
  /** Delay added before answering each call. */
  latencyMs = 0;
  /** `down`: connections are refused with 503; `hang`: requests never get an answer. */
  mode: 'up' | 'down' | 'hang' = 'up';
  private readonly counts = new Map<string, number>();

  count(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  calls(kind?: string): number {
    if (kind) return this.counts.get(kind) ?? 0;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  resetCounts(): void {
    this.counts.clear();
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
