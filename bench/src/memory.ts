import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of a process, in MiB, read from /proc (Linux). */
function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** This Node process and every process below it (the embedded PostgreSQL and its workers), in MiB. */
export function memoryReport(): Array<{ name: string; pid: number; rssMiB: number }> {
  const rows = [{ name: 'node (passerelle, subgraphs, simulateurs)', pid: process.pid, rssMiB: rssMiB(process.pid) }];
  const queue = childrenOf(process.pid);
  while (queue.length) {
    const pid = queue.shift()!;
    let name = 'processus';
    try {
      name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    rows.push({ name, pid, rssMiB: rssMiB(pid) });
    queue.push(...childrenOf(pid));
  }
  return rows;
}
