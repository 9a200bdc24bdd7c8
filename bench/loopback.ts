// Section 2: loopback HTTP throughput. The server and the client each run in their own process; the server is
// killed when the section ends, whatever happens (and exits by itself if this process dies).
import { CALLER_NAMES } from './callers.ts';
import type { CallerName } from './callers.ts';
import { forkChild, pipeToStderr, runChild, stopChild } from './child.ts';
import type { LoopbackClientResult, LoopbackModeResult } from './loopback-client.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

export const LOOPBACK_TARGET_RATIO = 0.95;

export interface LoopbackCaller {
  /** Median over block sets of this caller's requests per second. */
  requestsPerSecond: Spread;
  /** Its rate ÷ raw fetch's rate in the same block set; median and range over sets. */
  ratioToRaw: Spread;
}

export interface LoopbackMode {
  inFlight: number;
  requestsPerBlock: number;
  blockSets: number;
  capped: boolean;
  callers: Record<CallerName, LoopbackCaller>;
  pass: boolean;
}

export interface LoopbackSection {
  server: string;
  method: string;
  capSecondsPerMode: number;
  sequential: LoopbackMode;
  concurrent: LoopbackMode;
  target: { facadeRatioToRawAtLeast: number };
  pass: boolean;
}

async function startServer(script: string): Promise<{ port: number; stop: () => void }> {
  const server = forkChild(script, [], []);
  pipeToStderr(server);
  const stop = () => {
    stopChild(server);
  };
  process.once('exit', stop);
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('loopback server did not report a port within 10 s'));
      }, 10_000);
      server.once('message', (message) => {
        clearTimeout(timer);
        resolve((message as { port: number }).port);
      });
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`loopback server exited early (code ${String(code)})`));
      });
    });
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

function summarize(mode: LoopbackModeResult): LoopbackMode {
  const callers: Partial<Record<CallerName, LoopbackCaller>> = {};
  for (const name of CALLER_NAMES) {
    callers[name] = {
      requestsPerSecond: spread(mode.sets.map((set) => set[name])),
      ratioToRaw: spread(mode.sets.map((set) => set[name] / set['raw fetch'])),
    };
  }
  const complete = callers as Record<CallerName, LoopbackCaller>;
  return {
    inFlight: mode.inFlight,
    requestsPerBlock: mode.requestsPerBlock,
    blockSets: mode.sets.length,
    capped: mode.capped,
    callers: complete,
    pass: complete.facade.ratioToRaw.median >= LOOPBACK_TARGET_RATIO,
  };
}

export async function runLoopback(
  serverScript: string,
  clientScript: string,
  blockSets: number,
): Promise<LoopbackSection> {
  const server = await startServer(serverScript);
  try {
    const capSeconds = 90;
    const result = await runChild<LoopbackClientResult>({
      script: clientScript,
      args: ['--port', String(server.port), '--sets', String(blockSets), '--cap', String(capSeconds)],
      // Each mode stops starting block sets after its cap; one set more plus warm-up fits in the margin.
      timeoutMs: 2 * capSeconds * 1000 + 120_000,
    });
    const sequential = summarize(result.sequential);
    const concurrent = summarize(result.concurrent);
    return {
      server: 'node:http in a separate process on 127.0.0.1 (port 0), keep-alive, answers the envelope',
      method:
        'callers take turns in blocks (order rotated per set); per-set ratios to raw fetch; medians over sets',
      capSecondsPerMode: result.capSeconds,
      sequential,
      concurrent,
      target: { facadeRatioToRawAtLeast: LOOPBACK_TARGET_RATIO },
      pass: sequential.pass && concurrent.pass,
    };
  } finally {
    server.stop();
  }
}
