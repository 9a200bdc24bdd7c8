import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** The frozen November 2026 project (spec, its own overlay and lint rules, generated/): for machinery tests. */
export const FROZEN_PROJECT = path.join(PROJECT_ROOT, 'test/fixtures/liveavatar-2026-11');

/**
 * A throwaway copy of a project's pipeline inputs and outputs; tests never touch the real files. Machinery tests
 * copy the frozen fixture (the default); only tests of today's spec copy the project itself.
 */
export async function makeTempProject(
  source: string = FROZEN_PROJECT,
): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'liveavatar-pipeline-'));
  for (const entry of ['openapi.json', 'fixups.overlay.yaml', 'redocly.yaml', 'generated']) {
    // The small fixtures have no overlay or lint rules of their own (the pipeline's defaults apply).
    if (existsSync(path.join(source, entry)))
      await cp(path.join(source, entry), path.join(root, entry), { recursive: true });
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Content and modification time of every file in generated/, to prove a failed run left it untouched. */
export async function snapshotGenerated(root: string): Promise<Map<string, string>> {
  const directory = path.join(root, 'generated');
  const snapshot = new Map<string, string>();
  for (const name of (await readdir(directory)).sort()) {
    const file = path.join(directory, name);
    snapshot.set(name, `${(await stat(file)).mtimeMs}:${await readFile(file, 'utf8')}`);
  }
  return snapshot;
}

/** Loosely typed on purpose: tests reach into arbitrary corners of the document to break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spec = Record<string, any>;

export async function editJson(file: string, edit: (document: Spec) => void): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  const document = JSON.parse(await readFile(file, 'utf8')) as Spec;
  edit(document);
  await writeFile(file, JSON.stringify(document, null, 2));
}
