// Section 6: what the facade's types cost a consumer. The package is built and packed, the tarball unpacked into
// a strict consumer project (options as test/package's consumer), and the same N calls are type-checked through
// the facade and through bare openapi-fetch on the same generated `paths` (its own copy of schema.d.ts, as a
// project using openapi-fetch alone would have), at 1, 10 and 100 calls, skipLibCheck on and off. Each check runs
// in a fresh process (bench/type-cost-child.ts); the calls come from the generated metadata and the spec sampler.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { apiMetadata } from '../generated/operations.ts';
import { buildAndPack } from '../test/package/support/consumer-project.ts';
import { createSchemaValidator } from '../test/support/schema-validator.ts';
import { loadSpec } from '../test/support/spec.ts';
import { correctCallInit, renderInit } from '../test/types/support/misspelt-calls.ts';
import { PROJECT_ROOT } from './bundle.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

export const TYPE_COST_CALLS = [1, 10, 100] as const;
/** The budget: the facade at most 2× bare openapi-fetch's instantiations and 1.5× its check time. */
export const TYPE_COST_TARGET = { instantiationsRatioAtMost: 2, checkTimeRatioAtMost: 1.5 };
const KINDS = ['facade', 'openapi-fetch'] as const;
type Kind = (typeof KINDS)[number];

interface ChildResult {
  instantiations: number;
  types: number;
  checkWallMs: number;
  checkCpuMs: number;
  errors: string[];
}

export interface TypeCostMeasure {
  instantiations: number;
  types: number;
  checkCpuMs: Spread;
  checkWallMs: Spread;
}

export interface TypeCostRow {
  calls: number;
  skipLibCheck: boolean;
  facade: TypeCostMeasure;
  openapiFetch: TypeCostMeasure;
  instantiationsRatio: number;
  checkCpuRatio: number;
  pass: boolean;
}

export interface TypeCostSection {
  method: string;
  runs: number;
  rows: TypeCostRow[];
  target: typeof TYPE_COST_TARGET;
  pass: boolean;
}

const COMPILER_OPTIONS = {
  strict: true,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: [],
  noUncheckedIndexedAccess: true,
  noEmit: true,
};

const HEADERS: Record<Kind, string[]> = {
  facade: [
    "import { createLiveAvatarClient } from 'liveavatar-client';",
    "const client = createLiveAvatarClient({ apiKey: 'key', sessionToken: 'token' });",
  ],
  'openapi-fetch': [
    "import createClient from 'openapi-fetch';",
    "import type { paths } from './schema.js';",
    "const client = createClient<paths>({ baseUrl: 'https://api.example.test' });",
  ],
};

/** `count` correct calls, cycling through the spec's operations in metadata order. */
async function callLines(count: number): Promise<string[]> {
  const spec = await loadSpec(path.join(PROJECT_ROOT, 'generated/openapi.fixed.json'));
  const validator = createSchemaValidator(spec);
  const calls = apiMetadata.operations.map(
    (operation) =>
      `client.${operation.method}(${JSON.stringify(operation.path)}${renderInit(correctCallInit(spec, validator, operation))})`,
  );
  return Array.from(
    { length: count },
    (_, index) => `export const r${index} = await ${calls[index % calls.length]};`,
  );
}

/** node_modules with the unpacked tarball, and openapi-fetch linked from this repository (the version it pins). */
async function installPackage(root: string): Promise<string> {
  const modules = path.join(root, 'node_modules');
  const packageDir = path.join(modules, 'liveavatar-client');
  await mkdir(packageDir, { recursive: true });
  const { tarball } = await buildAndPack(root);
  await promisify(execFile)('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
  for (const dependency of ['openapi-fetch', 'openapi-typescript-helpers']) {
    await symlink(path.join(PROJECT_ROOT, 'node_modules', dependency), path.join(modules, dependency), 'dir');
  }
  return modules;
}

async function createProject(
  root: string,
  modules: string,
  kind: Kind,
  lines: string[],
  skipLibCheck: boolean,
): Promise<string> {
  const directory = path.join(root, `${kind}-${lines.length}-${skipLibCheck ? 'skip' : 'check'}`);
  await mkdir(path.join(directory, 'src'), { recursive: true });
  await symlink(modules, path.join(directory, 'node_modules'), 'dir');
  const tsconfig = { compilerOptions: { ...COMPILER_OPTIONS, skipLibCheck }, include: ['src'] };
  await writeFile(path.join(directory, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  await writeFile(path.join(directory, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  await writeFile(path.join(directory, 'src/main.ts'), [...HEADERS[kind], ...lines, ''].join('\n'));
  if (kind === 'openapi-fetch') {
    await copyFile(path.join(PROJECT_ROOT, 'generated/schema.d.ts'), path.join(directory, 'src/schema.d.ts'));
  }
  return directory;
}

async function checkOnce(directory: string): Promise<ChildResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench/type-cost-child.ts'), directory],
    { cwd: PROJECT_ROOT, timeout: 300_000, maxBuffer: 16 * 2 ** 20 },
  );
  const result = JSON.parse(stdout) as ChildResult;
  if (result.errors.length > 0) {
    throw new Error(`${directory} does not compile: ${result.errors.slice(0, 3).join(' | ')}`);
  }
  return result;
}

async function measure(directory: string, runs: number): Promise<TypeCostMeasure> {
  const results: ChildResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await checkOnce(directory));
  const [first] = results;
  if (first === undefined) throw new Error('no run');
  return {
    instantiations: first.instantiations,
    types: first.types,
    checkCpuMs: spread(results.map((result) => result.checkCpuMs)),
    checkWallMs: spread(results.map((result) => result.checkWallMs)),
  };
}

export async function runTypeCost(
  scratchDir: string,
  runs: number,
  log: (line: string) => void,
): Promise<TypeCostSection> {
  const root = path.join(scratchDir, 'type-cost');
  await mkdir(root, { recursive: true });
  const modules = await installPackage(root);
  const rows: TypeCostRow[] = [];
  for (const calls of TYPE_COST_CALLS) {
    const lines = await callLines(calls);
    for (const skipLibCheck of [true, false]) {
      const measured: Partial<Record<Kind, TypeCostMeasure>> = {};
      for (const kind of KINDS) {
        measured[kind] = await measure(await createProject(root, modules, kind, lines, skipLibCheck), runs);
      }
      const { facade, 'openapi-fetch': openapiFetch } = measured as Record<Kind, TypeCostMeasure>;
      const instantiationsRatio = facade.instantiations / openapiFetch.instantiations;
      const checkCpuRatio = facade.checkCpuMs.median / openapiFetch.checkCpuMs.median;
      rows.push({
        calls,
        skipLibCheck,
        facade,
        openapiFetch,
        instantiationsRatio,
        checkCpuRatio,
        pass:
          instantiationsRatio <= TYPE_COST_TARGET.instantiationsRatioAtMost &&
          checkCpuRatio <= TYPE_COST_TARGET.checkTimeRatioAtMost,
      });
      log(`  ${calls} calls, skipLibCheck ${String(skipLibCheck)}: done`);
    }
  }
  return {
    method:
      'packed tarball in a strict consumer (NodeNext, lib ES2022 + DOM, TypeScript 5.9.3); the same calls from the ' +
      'generated metadata through createLiveAvatarClient and through createClient<paths>; each check in a fresh ' +
      `process, ${runs} runs; check time = the checker's semantic pass, CPU (user + system)`,
    runs,
    rows,
    target: TYPE_COST_TARGET,
    pass: rows.every((row) => row.pass),
  };
}
