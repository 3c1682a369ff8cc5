import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A helper process of the bench (simulators, reference gateway), a compiled file beside this one. */
export function forkHelper(file: string): ChildProcess {
  return fork(path.join(__dirname, file), { stdio: 'inherit' });
}

/** One request, its one reply (helpers answer in order, one request at a time); `{ error }` rejects. */
export function ask<Reply extends object>(child: ChildProcess, request: unknown): Promise<Exclude<Reply, { error: string }>> {
  return new Promise((resolve, reject) => {
    child.once('message', (reply: Reply) => ('error' in reply ? reject(new Error(String(reply.error))) : resolve(reply as Exclude<Reply, { error: string }>)));
    child.send(request as object);
  });
}
