/**
 * What a backend developer's `npm i liveavatar-client` puts in node_modules: the package is built and packed
 * (as test:package does), the tarball installed with npm into an empty project in the OS temp directory (its
 * dependencies from the registry, or npm's cache; the optional peers msw, openapi-msw and Prism stay out, as for
 * a user who does not ask for them), and every file under node_modules counted in bytes (file sizes, not disk
 * blocks, so the figure does not depend on the file system).
 */
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { buildAndPack } from '../../test/package/support/consumer-project.ts';
import { runCommandOrThrow } from '../../test/package/support/run-command.ts';

/** 1 MiB: 1,048,576 bytes of node_modules (issue 20's target). */
export const INSTALL_BUDGET_BYTES = 1024 * 1024;
const PACKAGE_NAME = 'liveavatar-client';

export interface InstalledFile {
  /** Path under node_modules, with `/` separators. */
  path: string;
  bytes: number;
}

export interface InstalledPackage {
  /** The package's name, or `(npm)` for npm's own files (the hidden lockfile, the `.bin/` links). */
  name: string;
  bytes: number;
  files: number;
}

export interface BackendInstall {
  totalBytes: number;
  /** Largest first. */
  packages: InstalledPackage[];
  /** This package's own files, largest first. */
  ownFiles: InstalledFile[];
}

/** Builds, packs and installs the package into a throw-away project; measures its node_modules. */
export async function measureBackendInstall(): Promise<BackendInstall> {
  const directory = await mkdtemp(join(tmpdir(), 'liveavatar-install-size-'));
  try {
    const { tarball } = await buildAndPack(directory);
    const project = join(directory, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), '{ "name": "backend-app", "private": true }\n');
    await runCommandOrThrow(
      'npm',
      ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
      project,
    );
    const modules = join(project, 'node_modules');
    return summarize(await filesUnder(modules, modules));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function filesUnder(directory: string, root: string): Promise<InstalledFile[]> {
  const files: InstalledFile[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path, root)));
    else files.push({ path: relative(root, path).split(sep).join('/'), bytes: (await lstat(path)).size });
  }
  return files;
}

/** `@scope/name/…` or `name/…` → the package; npm's own files (`.package-lock.json`, `.bin/` links) → `(npm)`. */
function packageOf(path: string): string {
  const segments = path.split('/');
  if (segments.length === 1 || segments[0]?.startsWith('.') === true) return '(npm)';
  return segments[0]?.startsWith('@') === true ? segments.slice(0, 2).join('/') : (segments[0] ?? path);
}

function summarize(files: InstalledFile[]): BackendInstall {
  const packages = new Map<string, InstalledPackage>();
  for (const file of files) {
    const name = packageOf(file.path);
    const entry = packages.get(name) ?? { name, bytes: 0, files: 0 };
    packages.set(name, { name, bytes: entry.bytes + file.bytes, files: entry.files + 1 });
  }
  const byBytes = <T extends { bytes: number }>(a: T, b: T) => b.bytes - a.bytes;
  return {
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    packages: [...packages.values()].sort(byBytes),
    ownFiles: files
      .filter((file) => packageOf(file.path) === PACKAGE_NAME)
      .map((file) => ({ ...file, path: file.path.slice(PACKAGE_NAME.length + 1) }))
      .sort(byBytes),
  };
}
