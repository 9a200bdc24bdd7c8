import { spawn } from 'node:child_process';

/** Settings `npm run` exports that point at this project or this npm's prefix, not at what a child installs. */
const PREFIX_SETTINGS = new Set(['npm_config_prefix', 'npm_config_local_prefix', 'npm_config_global_prefix']);

/**
 * The environment without what `npm run` adds for its script (npm_package_*, npm_lifecycle_*, npm_node_execpath,
 * which names the Node running npm, not the one under test, and the prefixes), but with the npm_config_* settings
 * a user or CI may have set (registry, cache, proxy), which a nested npm must keep.
 */
export function childEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(base).filter(([name]) => {
      const lower = name.toLowerCase();
      if (!lower.startsWith('npm_')) return true;
      return lower.startsWith('npm_config_') && !PREFIX_SETTINGS.has(lower);
    }),
  );
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
