// `engines` and the README state what is proven: the majors `npm run test:node-versions` runs the package on
// (scripts/node-versions/pinned.ts) and the one running `npm test`, nothing more.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { majorOf, PINNED_NODE_VERSIONS } from '../../scripts/node-versions/pinned.ts';

const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};
const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

/** `^20.19.0 || ^22.12.0` → [[20, 19, 0], [22, 12, 0]]; any other form of range fails the test. */
function caretFloors(range: string): number[][] {
  return range.split('||').map((part) => {
    const floor = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(part.trim());
    if (floor === null) throw new Error(`engines.node: "${part.trim()}" is not a ^major.minor.patch range`);
    return floor.slice(1).map(Number);
  });
}

function isAtLeast(version: readonly number[], floor: readonly number[]): boolean {
  const index = version.findIndex((part, i) => part !== floor[i]);
  return index === -1 || version[index]! > floor[index]!;
}

const parts = (version: string): number[] => version.replace(/^v/, '').split('.').map(Number);

describe('engines.node', () => {
  const floors = caretFloors(packageJson.engines.node);

  it('admits each pinned version and the Node running this test, within a range of its own major', () => {
    for (const version of [...PINNED_NODE_VERSIONS, process.version]) {
      const floor = floors.find(([major]) => major === majorOf(version));
      expect(floor, `${version} in ${packageJson.engines.node}`).toBeDefined();
      expect(isAtLeast(parts(version), floor!), `${version} >= ${floor!.join('.')}`).toBe(true);
    }
  });

  it('names no major that nothing proves', () => {
    const proven = new Set([...PINNED_NODE_VERSIONS, process.version].map(majorOf));
    expect(floors.map(([major]) => major).filter((major) => !proven.has(major!))).toEqual([]);
  });
});

describe('the README', () => {
  it('names every pinned version in its "Node versions" section', () => {
    const section = readme.split(/^## /m).find((text) => text.startsWith('Node versions'));
    expect(section, 'README has a "## Node versions" section').toBeDefined();
    for (const version of PINNED_NODE_VERSIONS) expect(section).toContain(version);
  });
});
