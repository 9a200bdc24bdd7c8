/**
 * A frontend project outside the repository, made from the packed tarball: msw, openapi-msw, vitest and
 * TypeScript from the registry, and the templates of test/package/msw-consumer with today's lifecycle filled in.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommandOrThrow } from './run-command.ts';
import { fillTemplate } from './template-values.ts';

const TEMPLATE_DIRECTORY = fileURLToPath(new URL('../msw-consumer/', import.meta.url));
/** What a frontend installs beside the package; the versions this repository tests with. */
export const FRONTEND_PACKAGES = ['msw@2.14.7', 'openapi-msw@2.0.0', 'vitest@4.1.12', 'typescript@5.9.3'];

const COMPILER_OPTIONS = {
  strict: true,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  noUncheckedIndexedAccess: true,
  noEmit: true,
};

const PROJECT_FILES: Record<string, unknown> = {
  'package.json': { name: 'liveavatar-frontend-consumer', private: true, type: 'module' },
  // skipLibCheck: the package's own declarations are checked without it by pack-and-consume.test.ts; here
  // checking msw's and vitest's too took over 120 s on the shared 2-core machine.
  'tsconfig.json': {
    compilerOptions: { ...COMPILER_OPTIONS, skipLibCheck: true },
    files: ['src/session.test.ts'],
  },
  'tsconfig.wrong.json': {
    compilerOptions: { ...COMPILER_OPTIONS, skipLibCheck: true },
    files: ['src/wrong-overrides.ts'],
  },
};

export async function createMswConsumerProject(
  tarball: string,
  values: Record<string, string>,
  extraPackages: readonly string[] = [],
): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'liveavatar-frontend-'));
  for (const [name, content] of Object.entries(PROJECT_FILES)) {
    await writeFile(join(directory, name), `${JSON.stringify(content, null, 2)}\n`);
  }
  await mkdir(join(directory, 'src'));
  for (const template of await readdir(TEMPLATE_DIRECTORY)) {
    if (!template.endsWith('.tmpl')) continue;
    const text = await readFile(join(TEMPLATE_DIRECTORY, template), 'utf8');
    await writeFile(
      join(directory, 'src', template.slice(0, -'.tmpl'.length)),
      fillTemplate(text, values, template),
    );
  }
  await runCommandOrThrow(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      tarball,
      ...FRONTEND_PACKAGES,
      ...extraPackages,
    ],
    directory,
  );
  return directory;
}
