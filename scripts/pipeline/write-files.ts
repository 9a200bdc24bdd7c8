import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes each file through a temporary sibling and a rename, so a reader never sees a half-written file. Every
 * temporary file is written before the first rename: a failure while writing (disk full, a path in the way)
 * leaves every target as it was, and only the renames, which do not fail half-way, remain. Unchanged files
 * are left alone. Returns the relative paths that changed.
 */
export async function writeFilesAtomically(
  root: string,
  files: Map<string, string | Uint8Array>,
): Promise<string[]> {
  const staged: { relative: string; target: string; temporary: string }[] = [];
  try {
    for (const [relative, content] of files) {
      const target = path.resolve(root, relative);
      const current = await readFile(target).catch(() => undefined);
      if (current?.equals(typeof content === 'string' ? Buffer.from(content) : content) === true) continue;
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      staged.push({ relative, target, temporary });
      await writeFile(temporary, content);
    }
    for (const { temporary, target } of staged) await rename(temporary, target);
  } finally {
    // After a rename there is nothing left to remove; after a failure, whatever was staged goes.
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true }).catch(() => undefined)));
  }
  return staged.map(({ relative }) => relative);
}
