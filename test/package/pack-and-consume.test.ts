/**
 * The package as a consumer gets it: build, `npm pack`, install the tarball into a fresh project outside the
 * repository, then compile strict TypeScript against it, check that calls the spec forbids fail to compile with
 * the expected codes, and run the compiled code (ESM and CommonJS) against a Prism mock of the API.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism } from '../support/prism.ts';
import type { PrismServer } from '../support/prism.ts';
import { buildAndPack, createConsumerProject } from './support/consumer-project.ts';
import type { PackedFile } from './support/consumer-project.ts';
import { runCommand } from './support/run-command.ts';
import type { CommandResult } from './support/run-command.ts';
import { expectedErrorsBySourceLine, parseTscDiagnostics } from './support/tsc-diagnostics.ts';

const SETUP_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = 120_000;

let packDirectory: string | undefined;
let consumerDirectory: string | undefined;
let prism: PrismServer | undefined;
let packedFiles: PackedFile[] = [];
// Both compilations start together once the project is installed: tsc is the slow part, and there are 2 cores.
let compileValid: Promise<CommandResult>;
let compileWrong: Promise<CommandResult>;

function consumer(): string {
  if (consumerDirectory === undefined) throw new Error('the consumer project was not created');
  return consumerDirectory;
}

function tsc(project: string): Promise<CommandResult> {
  return runCommand(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', project, '--pretty', 'false'],
    consumer(),
  );
}

beforeAll(async () => {
  const prismStarting = startPrism({ specPath: 'generated/openapi.fixed.json' });
  try {
    packDirectory = await mkdtemp(join(tmpdir(), 'liveavatar-pack-'));
    const packed = await buildAndPack(packDirectory);
    packedFiles = packed.files;
    consumerDirectory = await createConsumerProject(packed.tarball);
    compileValid = tsc('tsconfig.json');
    compileWrong = tsc('tsconfig.wrong.json');
  } finally {
    prism = await prismStarting;
  }
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await prism?.stop();
  for (const directory of [consumerDirectory, packDirectory]) {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  }
}, SETUP_TIMEOUT_MS);

describe('the packed tarball', () => {
  it('holds only dist/, package.json and docs: no sources, generated/ or tests', () => {
    const paths = packedFiles.map((file) => file.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/browser/liveavatar-client.js',
        'dist/browser/liveavatar-client.d.ts',
        'dist/raw.js',
        'dist/raw.d.ts',
      ]),
    );
    const unexpected = paths.filter((path) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(path));
    expect(unexpected).toEqual([]);
  });

  it('bundles the generated operation table and the generated paths types', async () => {
    const installed = join(consumer(), 'node_modules/liveavatar-client/dist');
    // The Node entries (index, raw) and the chunk they share, read as one: where the build puts what is its call.
    const read = async (files: string[]) =>
      (await Promise.all(files.map((file) => readFile(join(installed, file), 'utf8')))).join('\n');
    const topLevel = await readdir(installed);
    const [javascript, declarations, browserBundle] = await Promise.all([
      read(topLevel.filter((file) => file.endsWith('.js'))),
      read(topLevel.filter((file) => file.endsWith('.d.ts'))),
      read(['browser/liveavatar-client.js']),
    ]);
    expect(javascript).toContain('"POST /v1/secrets"');
    expect(browserBundle).toContain('"POST /v1/secrets"');
    expect(declarations).toMatch(/interface paths \{/);
    expect(declarations).toContain('"/v1/secrets": {');
    // openapi-fetch stays a dependency of the Node entry; only the browser bundle inlines it.
    expect(javascript).toMatch(/from "openapi-fetch"/);
    expect(browserBundle).not.toMatch(/from\s*"openapi-fetch"/);
  });
});

describe('a strict TypeScript consumer (module NodeNext, TypeScript 5.9.3)', () => {
  it(
    'type-checks ESM and CommonJS code that uses the client',
    async () => {
      const result = await compileValid;
      expect(parseTscDiagnostics(result.stdout)).toEqual([]);
      expect(result.exitCode).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'rejects a wrong path, a missing path param, a wrong body field, a missing body and a wrong method',
    async () => {
      const result = await compileWrong;
      const source = await readFile(join(consumer(), 'src/wrong-calls.ts'), 'utf8');
      const expected = expectedErrorsBySourceLine(source);
      const actual = new Map<number, string[]>();
      for (const diagnostic of parseTscDiagnostics(result.stdout)) {
        actual.set(diagnostic.line, [...(actual.get(diagnostic.line) ?? []), diagnostic.code]);
      }
      expect(expected.size).toBe(5);
      expect(Object.fromEntries(actual)).toEqual(
        Object.fromEntries([...expected].map(([line, code]) => [line, [code]])),
      );
      expect(result.exitCode).toBe(2);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('the compiled consumer against a Prism mock', () => {
  it(
    'an ESM script gets typed data back from POST /v1/secrets and GET /v1/avatars/public',
    async () => {
      expect((await compileValid).exitCode).toBe(0);
      if (prism === undefined) throw new Error('Prism did not start');
      const result = await runCommand(process.execPath, ['run-mock.mjs', prism.url], consumer());
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({
        secret: { id: expect.any(String), secret_name: expect.any(String) },
        publicAvatarCount: expect.any(Number),
        firstPublicAvatarHasId: true,
        missingCredentialError: 'MissingCredentialError',
        notFoundExtendsApiError: true,
      });
      expect(result.exitCode).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a CommonJS script can require() the ESM-only package (Node >= 20.19)',
    async () => {
      const result = await runCommand(process.execPath, ['run-require.cjs'], consumer());
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({
        createLiveAvatarClient: 'function',
        browserCreateLiveAvatarClient: 'function',
        rawClientGetType: 'function',
        rawErrorIsMainEntryClass: true,
        notFoundExtendsApiError: true,
      });
    },
    TEST_TIMEOUT_MS,
  );
});
