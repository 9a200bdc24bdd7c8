/**
 * Builds and packs this package, then scaffolds a fresh consumer project outside the repository (under the OS
 * temp directory, so nothing can resolve from this repo's node_modules) that installs the tarball from disk and
 * openapi-fetch + TypeScript from the registry.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommandOrThrow } from './run-command.ts';
import { fillTemplate } from './template-values.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TEMPLATE_DIRECTORY = fileURLToPath(new URL('../consumer/', import.meta.url));
const TEMPLATE_SUFFIX = '.tmpl';
/** The TypeScript the consumer compiles with; pinned so error codes and messages are stable. */
const CONSUMER_TYPESCRIPT = 'typescript@5.9.3';

export interface PackedFile {
  path: string;
  size: number;
}

export interface PackResult {
  tarball: string;
  files: PackedFile[];
}

/** `npm pack --json` output: one entry per packed package. */
function parsePackOutput(stdout: string): { filename: string; files: PackedFile[] } {
  const parsed: unknown = JSON.parse(stdout);
  if (!Array.isArray(parsed) || parsed.length !== 1) throw new Error(`unexpected npm pack output: ${stdout}`);
  const [entry] = parsed as [{ filename: string; files: PackedFile[] }];
  return entry;
}

/** `npm run build` then `npm pack` into `destination`. */
export async function buildAndPack(destination: string): Promise<PackResult> {
  await runCommandOrThrow('npm', ['run', 'build'], REPO_ROOT);
  const stdout = await runCommandOrThrow(
    'npm',
    ['pack', '--json', '--pack-destination', destination],
    REPO_ROOT,
  );
  const { filename, files } = parsePackOutput(stdout);
  return { tarball: join(destination, filename), files };
}

const COMPILER_OPTIONS = {
  strict: true,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  target: 'ES2022',
  // fetch, Headers and Response come from DOM: this consumer installs nothing but the package and TypeScript.
  lib: ['ES2022', 'DOM'],
  types: [],
  noUncheckedIndexedAccess: true,
};

const CONSUMER_FILES: Record<string, unknown> = {
  'package.json': { name: 'liveavatar-client-consumer', private: true, type: 'module' },
  // What must compile; emitted to out/ (only when error-free) so the checked code is the code that runs.
  'tsconfig.json': {
    compilerOptions: {
      ...COMPILER_OPTIONS,
      // Check the package's .d.ts files too, as a consumer without skipLibCheck would (TypeScript's own lib
      // files are left out: checking lib.dom.d.ts costs seconds and proves nothing about this package).
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      rootDir: 'src',
      outDir: 'out',
      noEmitOnError: true,
    },
    files: ['src/usage.ts', 'src/call-mock.ts', 'src/validate-mock.ts', 'src/require-usage.cts'],
  },
};

/** What must not compile (the package's .d.ts files are already checked by tsconfig.json). */
function wrongCallsProject(sources: readonly string[]): unknown {
  return {
    compilerOptions: { ...COMPILER_OPTIONS, skipLibCheck: true, noEmit: true },
    files: ['src/wrong-calls.ts', ...sources.map((name) => `src/${name}`)],
  };
}

/**
 * Copies test/package/consumer/*.tmpl with their `__…__` placeholders filled (today's operations, see
 * template-values.ts): TypeScript sources into src/, runnable scripts into the root.
 */
async function copyTemplates(projectDirectory: string, values: Record<string, string>): Promise<void> {
  await mkdir(join(projectDirectory, 'src'));
  for (const template of await readdir(TEMPLATE_DIRECTORY)) {
    if (!template.endsWith(TEMPLATE_SUFFIX)) continue;
    const name = template.slice(0, -TEMPLATE_SUFFIX.length);
    const target = /\.c?ts$/.test(name) ? join(projectDirectory, 'src', name) : join(projectDirectory, name);
    const text = await readFile(join(TEMPLATE_DIRECTORY, template), 'utf8');
    await writeFile(target, fillTemplate(text, values, template));
  }
}

/**
 * A new project in the OS temp directory with the tarball and TypeScript installed. `errorSources` (file name →
 * source, written to src/) join src/wrong-calls.ts in tsconfig.wrong.json: code whose diagnostics a test checks.
 */
export async function createConsumerProject(
  tarball: string,
  values: Record<string, string>,
  errorSources: Readonly<Record<string, string>> = {},
): Promise<string> {
  const projectDirectory = await mkdtemp(join(tmpdir(), 'liveavatar-consumer-'));
  const projectFiles = {
    ...CONSUMER_FILES,
    'tsconfig.wrong.json': wrongCallsProject(Object.keys(errorSources)),
  };
  for (const [name, content] of Object.entries(projectFiles)) {
    await writeFile(join(projectDirectory, name), `${JSON.stringify(content, null, 2)}\n`);
  }
  await copyTemplates(projectDirectory, values);
  for (const [name, source] of Object.entries(errorSources)) {
    await writeFile(join(projectDirectory, 'src', name), source);
  }
  await runCommandOrThrow(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, CONSUMER_TYPESCRIPT],
    projectDirectory,
  );
  return projectDirectory;
}
