import type { ChildProcess } from 'node:child_process';
import { ask, forkHelper } from './ipc.js';
import type { SimulatorsReply } from './simulators-process.js';

/** The simulators' process, seen from the bench: start, count calls, reset counts, stop. */
export class RemoteSimulators {
  private constructor(
    private readonly child: ChildProcess,
    readonly urls: Record<string, string>,
  ) {}

  static async start(latencyMs: number): Promise<RemoteSimulators> {
    const child = forkHelper('simulators-process.js');
    const reply = await ask<SimulatorsReply>(child, { start: latencyMs });
    if (!('urls' in reply)) throw new Error('simulateurs : réponse inattendue');
    return new RemoteSimulators(child, reply.urls);
  }

  get pid(): number {
    return this.child.pid!;
  }

  async calls(): Promise<number> {
    const reply = await ask<SimulatorsReply>(this.child, 'calls');
    return 'calls' in reply ? reply.calls : NaN;
  }

  async resetCounts(): Promise<void> {
    await ask<SimulatorsReply>(this.child, 'reset');
  }

  async stop(): Promise<void> {
    await ask<SimulatorsReply>(this.child, 'stop');
  }
}
