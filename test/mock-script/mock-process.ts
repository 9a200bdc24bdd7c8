// Runs the mock CLI as real child processes (`node scripts/mock.ts` or `npm run mock`), for the CLI and browser
// tests, and finds what it started by reading /proc (Linux).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MOCK_SCRIPT = path.join(PROJECT_ROOT, 'scripts/mock.ts');
const BANNER = /LiveAvatar mock API listening on (http:\/\/\S+)/;
/** How Prism's command line reads when scripts/mock.ts started it. */
const PRISM_COMMAND = 'node_modules/.bin/prism mock';
/** The mock script's own process: node running scripts/mock.ts (not npm's `sh -c`, whose line names it too). */
function isMockScript(pid: number): boolean {
  const [program = '', ...args] = argumentsOf(pid);
  return path.basename(program).startsWith('node') && args.some((arg) => arg.endsWith('scripts/mock.ts'));
}

export type Launcher = 'node' | 'npm';

export interface MockExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment for the child: the caller's PORT/HOST only, never ones inherited from the shell running the tests. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete inherited.PORT;
  delete inherited.HOST;
  delete inherited.npm_lifecycle_event;
  return { ...inherited, ...env };
}

function spawnMock(launcher: Launcher, args: readonly string[], env: Record<string, string>): ChildProcess {
  const [command, commandArgs] =
    launcher === 'npm'
      ? ['npm', ['run', '--silent', 'mock', '--', ...args]]
      : [process.execPath, ['--import', 'tsx', MOCK_SCRIPT, ...args]];
  return spawn(command, commandArgs, {
    cwd: PROJECT_ROOT,
    env: childEnv(env),
    // Its own group, so the cleanup can reach it (and npm's shell) even if it never got to start Prism.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** One run of the mock CLI. */
export class RunningMock {
  private stdoutText = '';
  private stderrText = '';
  private readonly exited: Promise<MockExit>;
  private prismPidsSeen: number[] = [];
  private scriptPidsSeen: number[] = [];
  private announcedBaseUrl: string | undefined;

  constructor(readonly child: ChildProcess) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.stdoutText += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderrText += chunk));
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        resolve({ code, signal, stdout: this.stdoutText, stderr: this.stderrText });
      });
    });
    live.add(this);
  }

  /** PID of what was spawned: the script itself, or npm. */
  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the mock CLI was not spawned');
    return this.child.pid;
  }

  get stdout(): string {
    return this.stdoutText;
  }

  output(): string {
    return `--- stdout ---\n${this.stdoutText}\n--- stderr ---\n${this.stderrText}`;
  }

  /** The base URL the banner announced, e.g. `http://127.0.0.1:4010`. */
  get baseUrl(): string {
    if (this.announcedBaseUrl === undefined) throw new Error('the mock is not ready yet');
    return this.announcedBaseUrl;
  }

  /** Prism's PID(s), as found when the banner appeared. */
  get prismPids(): readonly number[] {
    return this.prismPidsSeen;
  }

  /** The mock script's PID(s) (under npm, not the PID spawned), as found when the banner appeared. */
  get scriptPids(): readonly number[] {
    return this.scriptPidsSeen;
  }

  /** Resolves with the base URL from the banner, or rejects with the output if the CLI exits first. */
  async waitUntilReady(timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = BANNER.exec(this.stdoutText);
      if (match?.[1] !== undefined) {
        this.announcedBaseUrl = match[1];
        // Remembered to prove later that they are gone (tsx's esbuild service is a descendant too).
        const descendants = descendantsOf(this.pid);
        this.prismPidsSeen = descendants.filter((pid) => commandLineOf(pid).includes(PRISM_COMMAND));
        this.scriptPidsSeen = [this.pid, ...descendants].filter(isMockScript);
        return match[1];
      }
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`the mock CLI exited before it was ready\n${this.output()}`);
      }
      if (Date.now() > deadline)
        throw new Error(`the mock CLI was not ready in ${timeoutMs} ms\n${this.output()}`);
      await delay(100);
    }
  }

  /** Sends `signal` to the spawned process alone (as `kill` or a process manager would) and waits for its exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<MockExit> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }

  waitForExit(): Promise<MockExit> {
    return this.exited;
  }

  /**
   * Cleanup after the assertions: stops the CLI if it still runs and kills any script or Prism it left behind,
   * so a failing test does not leave a server on the machine.
   */
  async dispose(): Promise<void> {
    this.killNow();
    await this.exited;
    live.delete(this);
  }

  /** For exit handlers too: SIGKILL everything, checking each PID still is what we started. */
  killNow(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) killQuietly(-this.pid);
    for (const pid of this.scriptPidsSeen) if (isMockScript(pid)) killQuietly(pid);
    for (const pid of this.prismPidsSeen) if (commandLineOf(pid).includes(PRISM_COMMAND)) killQuietly(-pid);
  }
}

/** Starts the mock CLI and waits for its banner. */
export async function startMock(
  args: readonly string[],
  env: Record<string, string> = {},
  launcher: Launcher = 'node',
): Promise<RunningMock> {
  const mock = new RunningMock(spawnMock(launcher, args, env));
  try {
    await mock.waitUntilReady();
  } catch (error) {
    await mock.dispose();
    throw error;
  }
  return mock;
}

/** Runs the mock script to completion: for the cases where it must refuse to start. */
export async function runMockToExit(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<MockExit> {
  const mock = new RunningMock(spawnMock('node', args, env));
  const result = await mock.waitForExit();
  await mock.dispose();
  return result;
}

const live = new Set<RunningMock>();
process.on('exit', () => {
  for (const mock of live) mock.killNow();
});

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** PIDs of all running processes with their parent PIDs. */
function processTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited while we looked
    }
  }
  return parents;
}

/** Children, grandchildren… of `pid`. */
export function descendantsOf(pid: number): number[] {
  const table = processTable();
  const found: number[] = [];
  const queue = [pid];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** A process's arguments, program first ([] once it has exited). */
function argumentsOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** A process's command line, arguments joined by spaces ('' once it has exited). */
export function commandLineOf(pid: number): string {
  return argumentsOf(pid).join(' ');
}

/** True while a process with this PID exists (zombies included). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Waits until none of `pids` exists, or the deadline passes; returns those still there. */
export async function waitUntilGone(pids: readonly number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const remaining = pids.filter(processExists);
    if (remaining.length === 0 || Date.now() > deadline) return remaining;
    await delay(100);
  }
}

/** PIDs of running Prism mock servers started for `port` (by anyone). */
export function prismProcessesOnPort(port: number): number[] {
  return [...processTable().keys()].filter((pid) => {
    const commandLine = ` ${commandLineOf(pid)} `;
    return commandLine.includes('prism') && commandLine.includes(` --port ${port} `);
  });
}

export { findFreePort } from '../support/prism.ts';

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
