import { spawn } from 'node:child_process';

/**
 * The environment without npm's `npm_*` variables: under `npm run`, those point a nested npm at this project's
 * configuration, and `npm_node_execpath` at the Node running npm, not the one under test.
 */
export function environmentWithoutNpm(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(base).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

/** Runs a command with this process's stdout and stderr, resolving to its exit code (1 when killed by a signal). */
export function runInherited(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('close', (code) => {
      resolve(code ?? 1);
    });
  });
}
