// A view of the process table from /proc (Linux), to prove which processes a test started and that none remain.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Process group ID. */
  pgrp: number;
  /** One-letter state; `Z` is a zombie: exited, only waiting to be reaped. */
  state: string;
  command: string;
}

export function listProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses, so split after the last ')'.
      const [state = '', ppid = '0', pgrp = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      processes.push({ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), state, command });
    } catch {
      // Exited while we were reading: not there.
    }
  }
  return processes;
}

/** Every live descendant of `pid` (children, their children, …). */
export function descendantsOf(pid: number): ProcessInfo[] {
  const all = listProcesses();
  const found: ProcessInfo[] = [];
  const parents = [pid];
  while (parents.length > 0) {
    const parent = parents.pop();
    for (const child of all.filter((candidate) => candidate.ppid === parent)) {
      found.push(child);
      parents.push(child.pid);
    }
  }
  return found;
}

/** Of the given PIDs and process groups, the processes still running (zombies count as gone). */
export function stillRunning(pids: readonly number[], groups: readonly number[]): ProcessInfo[] {
  return listProcesses().filter(
    (info) => info.state !== 'Z' && (pids.includes(info.pid) || groups.includes(info.pgrp)),
  );
}
