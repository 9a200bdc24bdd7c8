// vitest.config.ts splits the suite by file name: `*.process.test.ts` files (they start processes of their own)
// get a fresh worker each, all others share one, and `*.tsc.test.ts` files (they run the TypeScript compiler)
// run in `npm run test:types` instead. This keeps the names honest, so a new file that starts a process or runs
// the compiler, directly or through a helper, is told to take the suffix, and a file that never does is not
// slowed down or moved by it. Both are found by following relative imports to `node:child_process` or
// `typescript`.
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

/**
 * Finds, per file, the chain of files from it to an import of one of `modules` (null when there is none),
 * following relative imports.
 */
function chainFinder(modules: readonly string[]): (file: string) => string[] | null {
  const chains = new Map<string, string[] | null>();
  const chainOf = (file: string): string[] | null => {
    const known = chains.get(file);
    if (known !== undefined) return known;
    // Provisional, for import cycles.
    chains.set(file, null);
    let found: string[] | null = null;
    for (const specifier of importsOf(file)) {
      if (modules.includes(specifier)) found = [file];
      else if (specifier.startsWith('.') && specifier.endsWith('.ts')) {
        const chain = chainOf(path.resolve(path.dirname(file), specifier));
        if (chain) found = [file, ...chain];
      }
      if (found) break;
    }
    chains.set(file, found);
    return found;
  };
  return chainOf;
}

const processChain = chainFinder(['node:child_process', 'child_process']);
const compilerChain = chainFinder(['typescript']);

const relative = (file: string) => path.relative(PROJECT_ROOT, file);

/** Files that reach a module without the suffix, and files with the suffix that never do. */
function misnamedFor(
  files: readonly string[],
  suffix: string,
  chainOf: (file: string) => string[] | null,
  what: string,
): string[] {
  return files.flatMap((file) => {
    const chain = chainOf(file);
    const named = file.endsWith(suffix);
    if (chain && !named) return [`${relative(file)} ${what} (${chain.map(relative).join(' → ')})`];
    if (!chain && named)
      return [`${relative(file)} never does: drop "${suffix.split('.')[1]}" from its name`];
    return [];
  });
}

describe('test files are named for the vitest project they need', () => {
  const files = testFiles();

  it('finds the suite (guards the walk itself)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => file.endsWith('.process.test.ts')).length).toBeGreaterThan(3);
  });

  it('a file that starts processes is named *.process.test.ts, and only such a file', () => {
    const misnamed = misnamedFor(files, '.process.test.ts', processChain, 'starts processes');
    expect(misnamed, 'rename as said (see DEVELOPERS.md, "Test files and the two vitest projects")').toEqual(
      [],
    );
  });

  it('a file that runs the TypeScript compiler is named *.tsc.test.ts (npm run test:types), and only such a file', () => {
    expect(files.filter((file) => file.endsWith('.tsc.test.ts')).length).toBeGreaterThan(0);
    const misnamed = misnamedFor(files, '.tsc.test.ts', compilerChain, 'runs the TypeScript compiler');
    expect(misnamed, 'rename as said (see DEVELOPERS.md, "Test files and the two vitest projects")').toEqual(
      [],
    );
  });
});
