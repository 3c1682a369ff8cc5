import 'reflect-metadata';
import { startSimulators } from '@alambic/stack';

/** The tools' simulators in a process of their own, as Odoo, TiBillet and Oceco run on other machines: their work
 * (encoding answers, computing aggregates) is not the hub's. Driven over IPC by `remote-simulators.ts`. */
export type SimulatorsRequest = { start: number } | 'calls' | 'reset' | 'stop';
export type SimulatorsReply = { urls: Record<string, string> } | { calls: number } | { done: true } | { error: string };

let running: Awaited<ReturnType<typeof startSimulators>> | undefined;
const reply = (message: SimulatorsReply) => process.send!(message);
const total = () => Object.values(running?.simulators ?? {}).reduce((sum, s) => sum + s.control.calls(), 0);

process.on('message', (request: SimulatorsRequest) => {
  void (async () => {
    try {
      if (typeof request === 'object') {
        running = await startSimulators(request.start);
        reply({ urls: running.urls });
      } else if (request === 'calls') {
        reply({ calls: total() });
      } else if (request === 'reset') {
        for (const s of Object.values(running?.simulators ?? {})) s.control.resetCounts();
        reply({ done: true });
      } else {
        await running?.close();
        reply({ done: true });
        process.disconnect();
      }
    } catch (error) {
      reply({ error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
