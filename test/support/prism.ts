// Starts and stops Prism mock servers for tests, so that none outlives the test run.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** prism-cli's JS entry, run with this Node binary: `npx prism` would add an npm process between us and it. */
const PRISM_ENTRY = path.join(PROJECT_ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');
/**
 * Preloaded into Prism (`node --import`): exit when the stdin pipe from this process closes, which the OS does
 * when this process dies, even by SIGKILL, when no cleanup handler of ours can run.
 */
const EXIT_WITH_PARENT = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end', () => process.exit(0)); process.stdin.on('error', () => process.exit(0)); process.stdin.resume();",
)}`;
const LOG_LINES_KEPT = 200;
const STOP_GRACE_MS = 3_000;

export interface PrismOptions {
  /** The OpenAPI document to mock (absolute, or relative to the project root). */
  specPath: string;
  /** How long to wait for Prism to answer HTTP before giving up. Default 30 s. */
  startTimeoutMs?: number;
  /**
   * Backstop for a test runner killed with SIGKILL (no handler can run then): Prism exits when its stdin pipe
   * from us closes. Default true; the lifecycle harness turns it off to test the signal handlers alone.
   */
  exitWithParent?: boolean;
}

export interface PrismServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Prism's PID, which is also its process group ID (it is spawned detached). */
  readonly pid: number;
  /** The last lines Prism printed (for failure messages). */
  log(): string;
  /** Stops Prism and everything in its process group; safe to call more than once. */
  stop(): Promise<void>;
}

/** Starts Prism on a free loopback port and resolves once it answers HTTP. */
export async function startPrism(options: PrismOptions): Promise<PrismServer> {
  // Another process may grab the port between our probe and Prism's bind; then we try a fresh one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options, await findFreePort());
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= 3) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function startOnce(options: PrismOptions, port: number): Promise<PrismServer> {
  const specPath = path.resolve(PROJECT_ROOT, options.specPath);
  const url = `http://127.0.0.1:${port}`;
  const preload = options.exitWithParent === false ? [] : ['--import', EXIT_WITH_PARENT];
  const child = spawn(
    process.execPath,
    [
      ...preload,
      PRISM_ENTRY,
      'mock',
      specPath,
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '--multiprocess=false',
    ],
    {
      cwd: PROJECT_ROOT,
      // Its own process group, so one kill(-pid) reaches Prism and anything it forks, and a Ctrl-C aimed at
      // the test runner's group does not race our own shutdown.
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn Prism for ${specPath}`);

  const server = new RunningPrism(child, pid, url);
  try {
    await server.waitUntilAnswering(options.startTimeoutMs ?? 30_000, specPath);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

class RunningPrism implements PrismServer {
  private readonly lines: string[] = [];
  private partial = '';
  private readonly exited: Promise<void>;
  private exitDescription: string | undefined;
  private stopping: Promise<void> | undefined;
  private readonly forgetEmergencyStop: () => void;

  constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    readonly url: string,
  ) {
    // Always drained: a full pipe would block Prism mid-request.
    child.stdout?.on('data', (chunk: Buffer) => {
      this.collect(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.collect(chunk);
    });
    // Its stdin only exists so the exit-with-parent backstop sees EOF when we die; never written.
    child.stdin?.on('error', () => undefined);
    this.forgetEmergencyStop = registerEmergencyStop(this);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitDescription = signal ? `signal ${signal}` : `code ${String(code)}`;
        resolve();
      });
      child.once('error', (error) => {
        this.exitDescription ??= `spawn error: ${error.message}`;
        resolve();
      });
    });
  }

  log(): string {
    return [...this.lines, this.partial].filter(Boolean).join('\n');
  }

  async waitUntilAnswering(timeoutMs: number, specPath: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const failure = (why: string) => new Error(`Prism for ${specPath} ${why}. Its output:\n${this.log()}`);
    for (;;) {
      if (this.exitDescription !== undefined) {
        if (/EADDRINUSE/.test(this.log())) throw new PortTakenError(this.log());
        throw failure(`exited (${this.exitDescription}) before answering`);
      }
      if (/\bfatal\b/.test(this.log())) throw failure('reported a fatal error');
      // Both: the HTTP answer proves it serves, the log line that it is our Prism on that port and not a
      // process that took the port between our probe and Prism's bind.
      if (this.log().includes(`Prism is listening on ${this.url}`) && (await answersHttp(this.url))) return;
      if (Date.now() > deadline) throw failure(`did not answer on ${this.url} within ${timeoutMs} ms`);
      await Promise.race([this.exited, delay(100)]);
    }
  }

  stop(): Promise<void> {
    this.stopping ??= this.terminate();
    return this.stopping;
  }

  /** Synchronous, for exit and signal handlers: SIGKILL the whole group at once. */
  killNow(): void {
    killGroup(this.pid, 'SIGKILL');
  }

  private async terminate(): Promise<void> {
    this.forgetEmergencyStop();
    if (this.exitDescription === undefined) {
      killGroup(this.pid, 'SIGTERM');
      const timer = delay(STOP_GRACE_MS);
      await Promise.race([this.exited, timer]);
    }
    // Whatever Prism forked lives on in its group after Prism itself is gone.
    killGroup(this.pid, 'SIGKILL');
    await this.exited;
    this.child.stdin?.destroy();
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }

  private collect(chunk: Buffer): void {
    const text = this.partial + chunk.toString('utf8');
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    this.lines.push(...lines);
    if (this.lines.length > LOG_LINES_KEPT) this.lines.splice(0, this.lines.length - LOG_LINES_KEPT);
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

const live = new Set<RunningPrism>();
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Kills Prism if this process exits or is interrupted before stop() runs. On a signal, once our handler has
 * run, the signal is re-raised when nobody else listens for it, so the default exit still happens.
 */
function registerEmergencyStop(server: RunningPrism): () => void {
  if (live.size === 0) {
    process.on('exit', killAllLive);
    for (const signal of STOP_SIGNALS) process.on(signal, onStopSignal);
  }
  live.add(server);
  return () => {
    live.delete(server);
    if (live.size === 0) {
      process.off('exit', killAllLive);
      for (const signal of STOP_SIGNALS) process.off(signal, onStopSignal);
    }
  };
}

function killAllLive(): void {
  for (const server of live) server.killNow();
}

function onStopSignal(signal: NodeJS.Signals): void {
  killAllLive();
  live.clear();
  process.off('exit', killAllLive);
  for (const name of STOP_SIGNALS) process.off(name, onStopSignal);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Binds port 0 on loopback to let the OS pick a free port, then releases it for Prism. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function answersHttp(url: string): Promise<boolean> {
  try {
    // Any HTTP answer (Prism says 404 for `/`) means it is serving.
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
