import { readFileSync, readdirSync } from 'node:fs';

export interface ProcessMemory {
  name: string;
  pid: number;
  /** Resident set, MiB: counts shared pages in every process that maps them. */
  rssMiB: number;
  /** Proportional set, MiB: shared pages split between the processes sharing them, so totals add up. */
  pssMiB: number;
}

function field(path: string, name: string): number {
  try {
    const text = readFileSync(path, 'utf8');
    return Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0) / 1024;
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
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The hub's own processes: this Node process and the embedded PostgreSQL below it (not the load generator, nor the
 * simulators' process). */
export function memoryReport(excludePids: number[] = []): ProcessMemory[] {
  const measure = (pid: number, name: string): ProcessMemory => ({
    name,
    pid,
    rssMiB: field(`/proc/${pid}/status`, 'VmRSS'),
    pssMiB: field(`/proc/${pid}/smaps_rollup`, 'Pss'),
  });
  const rows = [measure(process.pid, 'node : passerelle (son thread), 4 subgraphs')];
  const queue = childrenOf(process.pid).filter((pid) => !excludePids.includes(pid));
  while (queue.length) {
    const pid = queue.shift()!;
    let name: string;
    try {
      name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    rows.push(measure(pid, name));
    queue.push(...childrenOf(pid));
  }
  return rows;
}

/** Sums processes by name (PostgreSQL runs one process per connection). */
export function summarise(rows: ProcessMemory[]): Array<{ processus: string; nombre: number; 'RSS (Mio)': string; 'PSS (Mio)': string }> {
  const groups = new Map<string, ProcessMemory[]>();
  for (const row of rows) groups.set(row.name, [...(groups.get(row.name) ?? []), row]);
  return [...groups.entries()].map(([name, list]) => ({
    processus: name,
    nombre: list.length,
    'RSS (Mio)': list.reduce((s, r) => s + r.rssMiB, 0).toFixed(1),
    'PSS (Mio)': list.reduce((s, r) => s + r.pssMiB, 0).toFixed(1),
  }));
}
