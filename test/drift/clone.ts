// A throw-away copy of the project to run the maintainer's flow in: every file git tracks or would track (the
// working tree's state, uncommitted edits and new files included, so local changes are tested too), and a
// node_modules of its own made of links to the project's packages, so caches land in the copy, never in the
// project.
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** Tool caches inside node_modules: each copy starts without the project's. */
const CACHES = new Set(['.vite', '.vite-temp', '.cache']);

async function projectFiles(projectRoot: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout.split('\0').filter(Boolean);
}

export async function createClone(projectRoot: string, label: string): Promise<string> {
  const clone = await mkdtemp(path.join(tmpdir(), `liveavatar-drift-${label}-`));
  for (const relative of await projectFiles(projectRoot)) {
    const source = path.join(projectRoot, relative);
    // A tracked file deleted in the working tree is left out, as a commit of the working tree would.
    const stats = await stat(source).catch(() => undefined);
    if (stats === undefined || !stats.isFile()) continue;
    const target = path.join(clone, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target);
    await chmod(target, stats.mode & 0o777);
  }
  await mkdir(path.join(clone, 'node_modules'));
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (CACHES.has(entry)) continue;
    await symlink(path.join(projectRoot, 'node_modules', entry), path.join(clone, 'node_modules', entry));
  }
  return clone;
}
