import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { SimulatorsReply, SimulatorsRequest } from './simulators-process.js';

/** The simulators' process, seen from the bench: start, count calls, reset counts, stop. One request at a time. */
export class RemoteSimulators {
  private constructor(
    private readonly child: ChildProcess,
    readonly urls: Record<string, string>,
  ) {}

  static async start(latencyMs: number): Promise<RemoteSimulators> {
    const child = fork(path.join(__dirname, 'simulators-process.js'), { stdio: 'inherit' });
    const reply = await ask(child, { start: latencyMs });
    if (!('urls' in reply)) throw new Error('simulateurs : réponse inattendue');
    return new RemoteSimulators(child, reply.urls);
  }

  get pid(): number {
    return this.child.pid!;
  }

  async calls(): Promise<number> {
    const reply = await ask(this.child, 'calls');
    return 'calls' in reply ? reply.calls : NaN;
  }

  async resetCounts(): Promise<void> {
    await ask(this.child, 'reset');
  }

  async stop(): Promise<void> {
    await ask(this.child, 'stop');
  }
}

function ask(child: ChildProcess, request: SimulatorsRequest): Promise<SimulatorsReply> {
  return new Promise((resolve, reject) => {
    child.once('message', (reply: SimulatorsReply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply)));
    child.send(request);
  });
}
