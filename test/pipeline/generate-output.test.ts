import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate.ts';
import { buildGenerated } from '../../scripts/pipeline/build.ts';
import type { PipelineResult } from '../../scripts/pipeline/build.ts';
import { readOverlay } from '../../scripts/pipeline/overlay.ts';
import { reusableTypes, typesInputKey } from '../../scripts/pipeline/types-cache.ts';
import { apiMetadata } from '../../generated/operations.ts';
import { frozenMetadata } from '../support/frozen-api.ts';
import { makeTempProject, PROJECT_ROOT } from './temp-project.ts';

const MINI_API = path.join(PROJECT_ROOT, 'test/fixtures/mini-api');
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

// Today's spec: every expectation is derived from openapi.json, fixups.overlay.yaml or generated/.
describe('npm run generate on the real spec', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let first: PipelineResult & { changed: string[] };
  const lines: string[] = [];

  beforeAll(async () => {
    ({ root, cleanup } = await makeTempProject(PROJECT_ROOT));
    first = await generate(root, (line) => lines.push(line));
  });
  afterAll(() => cleanup());

  it('reports upstream lint findings, then each fix-up with its reason', async () => {
    const errors = first.upstreamFindings.filter((finding) => finding.severity === 'error');
    const warnings = first.upstreamFindings.length - errors.length;
    expect(lines[0]).toBe(`lint openapi.json (upstream): ${errors.length} errors, ${warnings} warnings`);
    for (const finding of first.upstreamFindings) expect(lines.join('\n')).toContain(finding.message);
    const overlay = await readOverlay(path.join(PROJECT_ROOT, 'fixups.overlay.yaml'));
    expect(first.applied.map((action) => action.target)).toEqual(
      overlay.actions.map((action) => action.target),
    );
    for (const action of first.applied) expect(action.matched.length).toBeGreaterThan(0);
    expect(first.fixedFindings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('matches the committed generated/ byte for byte (deterministic: same input, same files)', async () => {
    expect(first.changed).toEqual([]);
    for (const [relative, content] of first.files) {
      expect(await readFile(path.join(PROJECT_ROOT, relative), 'utf8'), relative).toBe(content);
    }
    const second = await generate(root, () => undefined);
    expect(second.changed).toEqual([]);
    expect([...second.files]).toEqual([...first.files]);
  });

  it('covers every upstream operation in the types and the metadata, each with its security', async () => {
    const types = await readFile(path.join(PROJECT_ROOT, 'generated/schema.d.ts'), 'utf8');
    type Requirement = Record<string, string[]>;
    type Operation = { operationId?: string; security?: Requirement[] };
    const spec = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
      security?: Requirement[];
    };
    const upstream = Object.entries(spec.paths).flatMap(([route, item]) =>
      Object.entries(item)
        .filter(([method]) => HTTP_METHODS.has(method))
        .map(([method, operation]) => ({ route, method, operation })),
    );
    expect(upstream.length).toBeGreaterThan(0);
    expect(apiMetadata.operations).toHaveLength(upstream.length);
    for (const { route, method, operation } of upstream) {
      const meta = apiMetadata.operations.find((entry) => entry.key === `${method.toUpperCase()} ${route}`);
      expect(meta?.operationId).toBe(operation.operationId ?? '');
      if (operation.operationId !== undefined) expect(types).toContain(`    ${operation.operationId}: {`);
      expect(meta?.security).toEqual(
        (operation.security ?? spec.security ?? []).map((requirement) => Object.keys(requirement).sort()),
      );
    }
  });
});

// The frozen November 2026 fixture: what the metadata derivation makes of the quirks it had.
describe('npm run generate on the frozen fixture (test/fixtures/liveavatar-2026-11)', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let result: PipelineResult & { changed: string[] };

  beforeAll(async () => {
    ({ root, cleanup } = await makeTempProject());
    result = await generate(root, () => undefined);
  });
  afterAll(() => cleanup());

  it('matches the committed fixture generated/ (regenerate it with npm run generate:fixtures)', () => {
    expect(result.changed).toEqual([]);
    expect(result.metadata).toEqual(frozenMetadata);
  });

  it('records the documented quirks: 201 and 204 successes, either-scheme and public operations', () => {
    const byKey = new Map(result.metadata.operations.map((operation) => [operation.key, operation]));
    expect(byKey.get('POST /v1/sessions/start')?.successStatuses).toEqual([201]);
    expect(byKey.get('POST /v1/sessions/start')?.security).toEqual([['HTTPBearer']]);
    expect(byKey.get('DELETE /v1/memory/{memory_id}')?.successStatuses).toEqual([204]);
    expect(byKey.get('POST /v1/sessions/token')?.security).toEqual([['APIKeyHeader'], ['HTTPBearer']]);
    expect(byKey.get('GET /v1/languages')?.security).toEqual([]);
    expect(byKey.get('POST /v1/sessions/token')?.requestBody).toBe('required');
    expect(
      result.metadata.operations.filter((operation) => operation.paginated).map((operation) => operation.key),
    ).toEqual([
      'GET /v1/avatars',
      'GET /v1/avatars/public',
      'GET /v1/contexts',
      'GET /v1/memory',
      'GET /v1/sessions',
      'GET /v1/voices',
    ]);
    expect(result.metadata.securitySchemes).toEqual({
      APIKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-KEY' },
      HTTPBearer: { type: 'http', scheme: 'bearer' },
    });
  });
});

// On the smallest fixture (mini-api): this is the pipeline's caching, whatever the spec, and each openapi-typescript
// run costs seconds of CPU in proportion to the spec (two runs here; the frozen fixture took three, about 7 s more).
describe('generated/schema.d.ts reuse (test/fixtures/mini-api)', () => {
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ root, cleanup } = await makeTempProject(MINI_API));
  });
  afterAll(() => cleanup());

  it(
    'reuses schema.d.ts only while its recorded input hash matches; the freshness check never reuses it',
    { timeout: 90_000 },
    async () => {
      const typesFile = path.join(root, 'generated/schema.d.ts');
      const committed = await readFile(typesFile, 'utf8');
      const key = await typesInputKey([
        path.join(root, 'openapi.json'),
        path.join(root, 'fixups.overlay.yaml'),
      ]);
      expect(await reusableTypes(typesFile, key)).toBe(committed);
      // Without the file there is nothing to reuse, so generate runs openapi-typescript (as for a changed input,
      // below).
      expect(await reusableTypes(path.join(root, 'generated/missing.d.ts'), key)).toBeUndefined();

      // A hand edit that keeps the stamp is not overwritten by a reusing run, but the full build (what
      // check:generated runs) ignores it and produces the committed bytes again, as it does every other file of
      // the fixture's generated/ (regenerate them with npm run generate:fixtures).
      await writeFile(
        typesFile,
        committed.replace('export interface paths {', 'export interface paths { edited: true;'),
      );
      expect((await generate(root, () => undefined)).changed).toEqual([]);
      const fresh = await buildGenerated({ root });
      expect(fresh.files.get('generated/schema.d.ts')).toBe(committed);
      for (const [relative, expected] of fresh.files) {
        expect(await readFile(path.join(MINI_API, relative), 'utf8'), `mini-api/${relative}`).toBe(expected);
      }

      // Any change to the inputs changes the hash, so the types are regenerated.
      const specFile = path.join(root, 'openapi.json');
      await writeFile(specFile, `${await readFile(specFile, 'utf8')}\n`);
      expect((await generate(root, () => undefined)).changed).toContain('generated/schema.d.ts');
      expect(await readFile(typesFile, 'utf8')).not.toContain('edited: true');
    },
  );
});
