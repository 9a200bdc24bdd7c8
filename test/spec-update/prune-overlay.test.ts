// Removing fix-ups upstream made unnecessary: the edit keeps the rest of the overlay as it was, and a write that
// fails leaves openapi.json and the overlay untouched (all files are staged before any is renamed into place).
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOverlay } from '../../scripts/pipeline/overlay.ts';
import { checkFixups } from '../../scripts/spec-update/fixup-check.ts';
import { pruneOverlayText } from '../../scripts/spec-update/prune-overlay.ts';
import { pullSpec } from '../../scripts/spec-update/pull.ts';
import { child, frozenOverlayFile, frozenSpecFile, readFullSpec, schema } from './spec-fixtures.ts';

const directories: string[] = [];
afterAll(() => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'prune-overlay-'));
  directories.push(directory);
  return directory;
}

describe('pruneOverlayText', () => {
  it('removes exactly the given actions and keeps comments, quoting and the other actions', async () => {
    const text = await readFile(frozenOverlayFile, 'utf8');
    const pruned = pruneOverlayText(text, [3, 1], 'o.yaml');

    const before = (await readOverlay(frozenOverlayFile)).actions;
    const file = path.join(await temporaryDirectory(), 'o.yaml');
    await writeFile(file, pruned);
    expect((await readOverlay(file)).actions).toEqual([before[0], before[2], before[4]]);
    expect(pruned.startsWith(text.slice(0, text.indexOf('actions:')))).toBe(true);
  });

  it('leaves a valid overlay with no actions when every fix-up goes', async () => {
    const text = await readFile(frozenOverlayFile, 'utf8');
    const pruned = pruneOverlayText(text, [0, 1, 2, 3, 4], 'o.yaml');
    const file = path.join(await temporaryDirectory(), 'o.yaml');
    await writeFile(file, pruned);
    expect((await readOverlay(file)).actions).toEqual([]);
  });

  it('refuses an index that is not there, naming it', async () => {
    const text = await readFile(frozenOverlayFile, 'utf8');
    expect(() => pruneOverlayText(text, [5], 'o.yaml')).toThrow(
      'o.yaml at $.actions[5]: no such action to remove',
    );
  });
});

describe('a fix-up that fails for another reason than upstream fixing the defect', () => {
  it('is reported as broken and never removed', async () => {
    const document = readFullSpec();
    // The mapping becomes a string: the update's target is no longer an object to merge into.
    child(
      schema(document, 'AvatarPersonaSchema'),
      'properties',
      'voice_settings',
      'anyOf',
      '0',
      'discriminator',
    ).mapping = 'not-an-object';
    const result = await checkFixups(document, frozenOverlayFile, 'fixups.overlay.yaml');
    expect(result.status === 'checked' && result.stale.map((fixup) => [fixup.index, fixup.reason])).toEqual([
      [0, 'broken'],
    ]);
  });
});

describe('spec:pull pruning the overlay, when a write fails', () => {
  it('leaves openapi.json and fixups.overlay.yaml exactly as they were, with no temporary file left', async () => {
    const root = await temporaryDirectory();
    await copyFile(frozenSpecFile, path.join(root, 'openapi.json'));
    await copyFile(frozenOverlayFile, path.join(root, 'fixups.overlay.yaml'));
    const candidate = readFullSpec();
    delete child(schema(candidate, 'AvatarPersonaSchema'), 'properties', 'voice_settings', 'anyOf', '0')
      .discriminator;
    const from = path.join(await temporaryDirectory(), 'candidate.json');
    await writeFile(from, JSON.stringify(candidate));
    // A directory where the overlay's temporary file would go: writing it fails after openapi.json's is staged.
    const blocker = path.join(root, `fixups.overlay.yaml.${process.pid}.tmp`);
    await mkdir(blocker);
    const before = await Promise.all(
      ['openapi.json', 'fixups.overlay.yaml'].map((f) => readFile(path.join(root, f))),
    );

    const options = {
      root,
      from,
      target: 'openapi.json',
      report: 'spec-changes.md',
      overlay: 'fixups.overlay.yaml',
      timeoutMs: 5_000,
      acceptBreaking: false,
      dryRun: false,
      keepFixups: false,
    };
    await expect(pullSpec(options)).rejects.toThrow(/EISDIR|illegal operation on a directory/);

    const after = await Promise.all(
      ['openapi.json', 'fixups.overlay.yaml'].map((f) => readFile(path.join(root, f))),
    );
    expect(after).toEqual(before);
    expect((await readdir(root)).sort()).toEqual([
      'fixups.overlay.yaml',
      path.basename(blocker),
      'openapi.json',
    ]);

    // The same run without the obstacle writes all three.
    await rm(blocker, { recursive: true });
    const result = await pullSpec(options);
    expect([result.outcome, result.fixupOutcome]).toEqual(['replaced', 'pruned']);
    expect((await readOverlay(path.join(root, 'fixups.overlay.yaml'))).actions).toHaveLength(4);
  });
});
