import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  date: string;
  /** 1/5/15-minute load averages when the run started and ended: how busy the shared machine was. */
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[] | undefined;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
    loadAverageAtEnd: undefined,
  };
}

/** Waits (bounded) until the 1-minute load average drops below `below`; returns whether it did. */
export async function waitForQuiet(
  below: number,
  maxSeconds: number,
  log: (line: string) => void,
): Promise<boolean> {
  const deadline = Date.now() + maxSeconds * 1000;
  for (;;) {
    const load = os.loadavg()[0] ?? 0;
    if (load < below) return true;
    if (Date.now() > deadline) {
      log(`load average still ${load.toFixed(2)} after ${maxSeconds} s; running anyway`);
      return false;
    }
    log(`load average ${load.toFixed(2)} ≥ ${below}; waiting for a quieter machine…`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}
