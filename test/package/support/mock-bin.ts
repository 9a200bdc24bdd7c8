// Runs the package's `liveavatar-mock` bin in a consumer project, as its own process group, and waits for its
// banner; `stop()` sends SIGTERM to the group (the mock stops Prism with it) and waits for the exit.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const BANNER = /LiveAvatar mock API listening on (http:\/\/\S+)/;

export interface MockBin {
  url: string;
  stop(): Promise<void>;
}

export interface MockBinExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnBin(project: string, args: readonly string[]) {
  const child = spawn(join(project, 'node_modules/.bin/liveavatar-mock'), [...args], {
    cwd: project,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  const exited = new Promise<MockBinExit>((resolve) => {
    child.once('exit', (code) => {
      resolve({ code, ...output });
    });
  });
  return { child, output, exited };
}

export async function startMockBin(project: string, args: readonly string[]): Promise<MockBin> {
  const { child, output, exited } = spawnBin(project, args);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = BANNER.exec(output.stdout)?.[1];
      if (found !== undefined) {
        clearInterval(timer);
        resolve(found);
      }
    }, 100);
    void exited.then((exit) => {
      clearInterval(timer);
      reject(new Error(`liveavatar-mock exited ${String(exit.code)} before its banner:\n${exit.stderr}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

export function runMockBinToExit(project: string, args: readonly string[]): Promise<MockBinExit> {
  return spawnBin(project, args).exited;
}
