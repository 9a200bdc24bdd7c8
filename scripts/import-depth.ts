/**
 * `node --import tsx scripts/import-depth.ts`: how deep src/'s import graph is (README, "Layout"). Every relative
 * import counts, type-only ones too, since a reader follows both. A module's level is 1 when it imports nothing of
 * the project, else one more than the deepest module it imports; the graph's depth is the highest level. Files
 * outside src/ that src imports (generated/) count as modules too. Prints each level's modules, each package entry's depth and the
 * longest chain; exit 1 on a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The project files one module imports (relative specifiers only; packages are not the project's). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier));
}

const graph = new Map<string, string[]>();
const pending = sourceFiles(path.join(root, 'src'));
while (pending.length > 0) {
  const file = pending.pop() as string;
  if (graph.has(file)) continue;
  const imports = /\.ts$/.test(file) ? importsOf(file) : [];
  graph.set(file, imports);
  pending.push(...imports);
}

const level = new Map<string, number>();
const next = new Map<string, string | undefined>();
function levelOf(file: string, visiting: Set<string>): number {
  const known = level.get(file);
  if (known !== undefined) return known;
  if (visiting.has(file)) throw new Error(`import cycle through ${path.relative(root, file)}`);
  visiting.add(file);
  let deepest = 0;
  let via: string | undefined;
  for (const imported of graph.get(file) ?? []) {
    const depth = levelOf(imported, visiting);
    if (depth > deepest) [deepest, via] = [depth, imported];
  }
  visiting.delete(file);
  level.set(file, deepest + 1);
  next.set(file, via);
  return deepest + 1;
}

try {
  for (const file of graph.keys()) levelOf(file, new Set());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const byLevel = new Map<number, string[]>();
for (const [file, depth] of level)
  byLevel.set(depth, [...(byLevel.get(depth) ?? []), path.relative(root, file)]);
const depth = Math.max(...level.values());
for (let at = 1; at <= depth; at++) console.log(`level ${at}: ${(byLevel.get(at) ?? []).sort().join(', ')}`);
/** The package's entry points (tsdown.config.ts) and the mock command's module. */
const ENTRIES = ['src/index.ts', 'src/raw.ts', 'src/validate.ts', 'src/msw/index.ts', 'src/mock/index.ts'];
console.log(
  `\nentries: ${ENTRIES.map((entry) => `${entry} ${level.get(path.resolve(root, entry))}`).join(', ')}`,
);
let start = [...level].find(([, value]) => value === depth)?.[0];
const chain: string[] = [];
for (; start !== undefined; start = next.get(start)) chain.push(path.relative(root, start));
console.log(
  `import graph of src/: ${level.size} modules, ${depth} levels deep; a longest chain: ${chain.join(' → ')}`,
);
