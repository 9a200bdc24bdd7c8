// vitest.config.ts splits the suite by file name: `*.process.test.ts` files (they start processes of their own)
// get a fresh worker each, all others share one. This keeps the names honest, so a new file that starts a
// process, directly or through a helper, is told to take the suffix, and a file that never does is not slowed
// down by it. What starts a process is found by following relative imports to `node:child_process`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_ROOT = path.join(PROJECT_ROOT, 'test');
/** Not run by `npm test` (their own scripts and configs). */
const OWN_RUNS = ['browser', 'package'];
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function testFiles(): string[] {
  return readdirSync(TEST_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && !OWN_RUNS.includes(file.split(path.sep)[0] ?? ''))
    .map((file) => path.join(TEST_ROOT, file))
    .sort();
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? '');
}

/** Per file: the chain of files from it to an import of child_process, or null when there is none. */
const chains = new Map<string, string[] | null>();

function processChain(file: string): string[] | null {
  const known = chains.get(file);
  if (known !== undefined) return known;
  // Provisional, for import cycles.
  chains.set(file, null);
  let found: string[] | null = null;
  for (const specifier of importsOf(file)) {
    if (specifier === 'node:child_process' || specifier === 'child_process') found = [file];
    else if (specifier.startsWith('.') && specifier.endsWith('.ts')) {
      const chain = processChain(path.resolve(path.dirname(file), specifier));
      if (chain) found = [file, ...chain];
    }
    if (found) break;
  }
  chains.set(file, found);
  return found;
}

const relative = (file: string) => path.relative(PROJECT_ROOT, file);

describe('test files are named for the vitest project they need', () => {
  const files = testFiles();

  it('finds the suite (guards the walk itself)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => file.endsWith('.process.test.ts')).length).toBeGreaterThan(3);
  });

  it('a file that starts processes is named *.process.test.ts, and only such a file', () => {
    const misnamed = files.flatMap((file) => {
      const chain = processChain(file);
      const named = file.endsWith('.process.test.ts');
      if (chain && !named) return [`${relative(file)} starts processes (${chain.map(relative).join(' → ')})`];
      if (!chain && !named) return [];
      return chain ? [] : [`${relative(file)} starts no process: drop ".process" from its name`];
    });
    expect(misnamed, 'rename as said (see DEVELOPERS.md, "Test files and the two vitest projects")').toEqual(
      [],
    );
  });
});
