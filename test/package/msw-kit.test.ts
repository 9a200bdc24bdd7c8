/**
 * The frontend kit as a frontend developer gets it: a project made from the packed tarball installs msw,
 * openapi-msw and vitest, runs a unit test file using liveavatar-client/msw, and type-checks it strictly; an
 * override whose body or status the spec forbids does not compile.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndPack } from './support/consumer-project.ts';
import { createMswConsumerProject } from './support/msw-consumer-project.ts';
import { mswTemplateValues } from './support/msw-template-values.ts';
import { runCommand } from './support/run-command.ts';
import { parseTscDiagnostics } from './support/tsc-diagnostics.ts';

let packDirectory: string | undefined;
let project: string | undefined;

function consumer(): string {
  if (project === undefined) throw new Error('the frontend project was not created');
  return project;
}

const tsc = (config: string) =>
  runCommand(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', config, '--pretty', 'false'],
    consumer(),
  );

beforeAll(async () => {
  packDirectory = await mkdtemp(join(tmpdir(), 'liveavatar-pack-'));
  const { tarball } = await buildAndPack(packDirectory);
  project = await createMswConsumerProject(tarball, await mswTemplateValues());
}, 300_000);

afterAll(async () => {
  for (const directory of [project, packDirectory]) {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  }
});

describe('a frontend project using liveavatar-client/msw', () => {
  it('runs its vitest file: realistic defaults, a lifecycle with state, reset, typed and error overrides, MSW errors', async () => {
    const result = await runCommand(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose'],
      consumer(),
    );
    expect(result.stdout + result.stderr).toMatch(/Tests\s+6 passed \(6\)/);
    expect(result.exitCode).toBe(0);
  });

  it('type-checks that file strictly, the package declarations included', async () => {
    const result = await tsc('tsconfig.json');
    expect(parseTscDiagnostics(result.stdout)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('refuses to compile an override whose body or status the spec forbids, on exactly those lines', async () => {
    const result = await tsc('tsconfig.wrong.json');
    const source = await readFile(join(consumer(), 'src/wrong-overrides.ts'), 'utf8');
    const marked = source
      .split('\n')
      .flatMap((line, index) => (line.includes('// expect-error') ? [index + 1] : []));
    const failing = [...new Set(parseTscDiagnostics(result.stdout).map((diagnostic) => diagnostic.line))];
    expect(marked).toHaveLength(2);
    expect(failing.sort((a, b) => a - b)).toEqual(marked);
    expect(result.exitCode).toBe(2);
  });
});
