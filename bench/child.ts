// Runs a benchmark part in its own node process and collects the one result it sends back over IPC.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface ChildRun {
  /** The bundled script to run (see bundle.ts). */
  script: string;
  args?: string[];
  /** Node flags, e.g. --expose-gc. */
  execArgv?: string[];
  /** The child is killed after this long, result or not. */
  timeoutMs: number;
}

/** Starts a child with an IPC channel; its stdout/stderr go to our stderr so progress stays visible. */
export function forkChild(script: string, args: string[], execArgv: string[]): ChildProcess {
  return fork(script, args, { execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
}

export function pipeToStderr(child: ChildProcess): void {
  child.stdout?.pipe(process.stderr, { end: false });
  child.stderr?.pipe(process.stderr, { end: false });
}

/** Resolves with the first message the child sends; rejects if it exits first or runs out of time. */
export async function runChild<Result>(run: ChildRun): Promise<Result> {
  const child = forkChild(run.script, run.args ?? [], run.execArgv ?? []);
  pipeToStderr(child);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<Result>((resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`${run.script} gave no result within ${run.timeoutMs} ms`));
      }, run.timeoutMs);
      child.once('message', (message) => {
        resolve(message as Result);
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        reject(new Error(`${run.script} exited (${signal ?? `code ${String(code)}`}) without a result`));
      });
    });
  } finally {
    clearTimeout(timer);
    stopChild(child);
  }
}

/** Kills a child we started unless it is already gone. */
export function stopChild(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Child side: a benchmark child never outlives the run that started it. */
export function exitWithParent(): void {
  process.on('disconnect', () => {
    process.exit(1);
  });
}

/** Child side: hand the result to the parent, then leave. */
export function sendResult(result: unknown): void {
  if (process.send === undefined) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  process.send(result, () => {
    process.exit(0);
  });
}
