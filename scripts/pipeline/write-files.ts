import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes each file through a temporary sibling and a rename, so a reader never sees a half-written file.
 * Unchanged files are left alone. Returns the relative paths that changed.
 */
export async function writeFilesAtomically(root: string, files: Map<string, string>): Promise<string[]> {
  const changed: string[] = [];
  for (const [relative, content] of files) {
    const target = path.resolve(root, relative);
    if ((await readFile(target, 'utf8').catch(() => undefined)) === content) continue;
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, content);
      await rename(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
    changed.push(relative);
  }
  return changed;
}
