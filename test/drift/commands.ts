// Runs one step of the drift flow as a child process, keeping its output for the failure message.
import { spawn } from 'node:child_process';

export interface StepResult {
  code: number;
  output: string;
  ms: number;
}

/** Generous: `npm test` alone takes minutes on a loaded 2-core machine. */
const STEP_TIMEOUT_MS = 20 * 60_000;

export function runStep(command: string, args: readonly string[], cwd: string): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), STEP_TIMEOUT_MS);
    const finish = (code: number) => {
      clearTimeout(timer);
      resolve({
        code,
        output: Buffer.concat(chunks).toString('utf8'),
        ms: Math.round(performance.now() - started),
      });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(`\n${error.message}\n`));
      finish(-1);
    });
    child.on('close', (code, signal) => {
      finish(code ?? (signal === null ? -1 : 128));
    });
  });
}

/** The last lines of a step's output: enough to see why it failed without flooding the summary. */
export function tail(output: string, lines = 40): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}
