// The Node cache of `npm run test:node-versions` (scripts/node-versions/install.ts), with a stand-in installer that
// writes a shell script as the `node` binary: reused when present, written atomically (a failed or wrong install
// leaves nothing a later run could reuse), and abandoned staging directories are cleaned up.
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheRoot, ensureNode } from '../../scripts/node-versions/install.ts';
import type { NodeInstaller } from '../../scripts/node-versions/install.ts';

const VERSION = '22.0.1';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'node-cache-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A `node` at `directory`/node_modules/.bin that prints `reports` for any arguments. */
async function writeFakeNode(directory: string, reports: string): Promise<void> {
  const bin = join(directory, 'node_modules', '.bin');
  await mkdir(bin, { recursive: true });
  await writeFile(join(bin, 'node'), `#!/bin/sh\necho ${reports}\n`);
  await chmod(join(bin, 'node'), 0o755);
}

/** An installer that records its calls and writes a node reporting `reports` (default: the asked version). */
function fakeInstaller(reports?: string): NodeInstaller & { calls: string[] } {
  const calls: string[] = [];
  const installer = async (version: string, directory: string) => {
    calls.push(version);
    await writeFakeNode(directory, reports ?? `v${version}`);
  };
  return Object.assign(installer, { calls });
}

describe('ensureNode', () => {
  it('installs into node-<version> under the root, then reuses it without installing again', async () => {
    const installer = fakeInstaller();
    const first = await ensureNode(VERSION, root, installer);
    expect(first).toEqual({
      version: VERSION,
      binDirectory: join(root, `node-${VERSION}`, 'node_modules', '.bin'),
      nodePath: join(root, `node-${VERSION}`, 'node_modules', '.bin', 'node'),
      reused: false,
    });
    const second = await ensureNode(VERSION, root, installer);
    expect(second).toEqual({ ...first, reused: true });
    expect(installer.calls).toEqual([VERSION]);
    expect(await readdir(root)).toEqual([`node-${VERSION}`]);
  });

  it('a failed install leaves nothing behind, and the next run installs afresh', async () => {
    const failing: NodeInstaller = async (_version, directory) => {
      await writeFile(join(directory, 'half-written'), '');
      throw new Error('npm install node@22.0.1 exited 1');
    };
    await expect(ensureNode(VERSION, root, failing)).rejects.toThrow('npm install node@22.0.1 exited 1');
    expect(await readdir(root)).toEqual([]);
    const installer = fakeInstaller();
    await expect(ensureNode(VERSION, root, installer)).resolves.toMatchObject({ reused: false });
    expect(installer.calls).toEqual([VERSION]);
  });

  it('a binary that reports another version, or does not run, is refused and not cached', async () => {
    await expect(ensureNode(VERSION, root, fakeInstaller('v20.0.0'))).rejects.toThrow(
      'node@22.0.1 installed, but its binary reports v20.0.0',
    );
    const noBinary: NodeInstaller = () => Promise.resolve();
    await expect(ensureNode(VERSION, root, noBinary)).rejects.toThrow(
      'node@22.0.1 installed, but its binary reports nothing (it did not run)',
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('a cached copy whose binary no longer runs as that version is replaced', async () => {
    await writeFakeNode(join(root, `node-${VERSION}`), 'v19.9.9');
    const installer = fakeInstaller();
    await expect(ensureNode(VERSION, root, installer)).resolves.toMatchObject({ reused: false });
    expect(installer.calls).toEqual([VERSION]);
  });

  it('when another run put its complete install in place first, that one is used and ours dropped', async () => {
    const racing: NodeInstaller = async (version, directory) => {
      await writeFakeNode(join(root, `node-${version}`), `v${version}`);
      await writeFakeNode(directory, `v${version}`);
    };
    await expect(ensureNode(VERSION, root, racing)).resolves.toMatchObject({ reused: true });
    expect(await readdir(root)).toEqual([`node-${VERSION}`]);
  });

  it("removes staging directories of runs that are gone, and keeps a live run's", async () => {
    const gone = `.partial-node-${VERSION}-2147483646-AbC123`;
    const live = `.partial-node-${VERSION}-${String(process.pid)}-XyZ789`;
    await mkdir(join(root, gone));
    await mkdir(join(root, live));
    await ensureNode(VERSION, root, fakeInstaller());
    expect((await readdir(root)).sort()).toEqual([live, `node-${VERSION}`].sort());
  });
});

describe('cacheRoot', () => {
  it('is liveavatar-client under XDG_CACHE_HOME, else under ~/.cache', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '/var/cache/ci' })).toBe('/var/cache/ci/liveavatar-client');
    expect(cacheRoot({ XDG_CACHE_HOME: '' })).toBe(join(homedir(), '.cache', 'liveavatar-client'));
    expect(cacheRoot({})).toBe(join(homedir(), '.cache', 'liveavatar-client'));
  });
});
