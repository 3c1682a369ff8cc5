import type { ChildProcess } from 'node:child_process';
import { ask, forkHelper } from './ipc.js';
import type { ReferenceReply, ReferenceStart } from './reference-gateway-process.js';

/** The reference gateway's process, seen from the bench. */
export class ReferenceGateway {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(options: ReferenceStart): Promise<ReferenceGateway> {
    const child = forkHelper('reference-gateway-process.js');
    const reply = await ask<ReferenceReply>(child, { start: options });
    if (!('url' in reply)) throw new Error('passerelle de référence : réponse inattendue');
    return new ReferenceGateway(child, reply.url);
  }

  get pid(): number {
    return this.child.pid!;
  }

  async stop(): Promise<void> {
    await ask<ReferenceReply>(this.child, 'stop');
  }
}
