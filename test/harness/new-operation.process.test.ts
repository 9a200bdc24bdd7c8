// Adding an operation upstream needs no test edit: on a copy of the frozen fixture project
// (test/fixtures/liveavatar-2026-11) with one new operation, the pipeline regenerates the metadata and the
// unchanged contract machinery exercises every operation, the new one included. (`npm run test:drift` does the
// same to today's openapi.json, through spec:pull, generate, check and npm test.)
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate.ts';
import { frozenMetadata as projectMetadata } from '../support/frozen-api.ts';
import { createApiClient } from '../../src/index.ts';
import type { GeneratedApi } from '../../src/index.ts';
import type { ContractOperation } from '../support/contract.ts';
import { exerciseAll } from '../support/contract-suite.ts';
import type { SchemeSpec } from '../support/credentials.ts';
import { startPrism } from '../support/prism.ts';
import type { PrismServer } from '../support/prism.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import { loadSpec } from '../support/spec.ts';
import type { OpenApiDocument } from '../support/spec.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FROZEN_PROJECT = path.join(PROJECT_ROOT, 'test/fixtures/liveavatar-2026-11');
const PROJECT_INPUTS = ['openapi.json', 'fixups.overlay.yaml', 'redocly.yaml'];
const NEW_OPERATION_KEY = 'GET /v1/widgets';

/** The fixture's API-key scheme, by its type rather than its name. */
function apiKeySchemeName(): string {
  const schemes = projectMetadata.securitySchemes as Record<string, { type: string }>;
  const name = Object.keys(schemes).find((scheme) => schemes[scheme]?.type === 'apiKey');
  if (name === undefined) throw new Error('the fixture declares no apiKey security scheme');
  return name;
}

/** What upstream might add: an API-key listing with the usual {code, data, message} envelope. */
function addWidgetsOperation(spec: OpenApiDocument): void {
  if ('/v1/widgets' in spec.paths) throw new Error('the fixture already has /v1/widgets');
  const schemas = (spec.components as { schemas: Record<string, unknown> }).schemas;
  schemas.WidgetSchema = {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
    title: 'WidgetSchema',
  };
  schemas.Response_List_WidgetSchema__ = {
    type: 'object',
    properties: {
      code: { type: 'integer', default: 100 },
      data: { type: 'array', items: { $ref: '#/components/schemas/WidgetSchema' } },
      message: { type: 'string' },
    },
    title: 'Response[List[WidgetSchema]]',
  };
  spec.paths['/v1/widgets'] = {
    get: {
      tags: ['Widgets'],
      summary: 'List Widgets',
      operationId: 'list_widgets_v1_widgets_get',
      security: [{ [apiKeySchemeName()]: [] }],
      responses: {
        '200': {
          description: 'Successful Response',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/Response_List_WidgetSchema__' } },
          },
        },
      },
    },
  };
}

interface GeneratedModules {
  apiMetadata: { operations: readonly ContractOperation[]; securitySchemes: Record<string, SchemeSpec> };
  generated: GeneratedApi;
}

/** Imports the temporary project's generated modules, as the real ones would be imported. */
async function importGenerated(root: string): Promise<GeneratedModules> {
  const at = (file: string) => pathToFileURL(path.join(root, 'generated', file)).href;
  const operations = (await import(at('operations.ts'))) as Pick<GeneratedModules, 'apiMetadata'>;
  const clientMetadata = (await import(at('client-metadata.ts'))) as GeneratedApi;
  return { apiMetadata: operations.apiMetadata, generated: clientMetadata };
}

describe('a new upstream operation', () => {
  let root: string | undefined;
  let prism: PrismServer | undefined;
  afterAll(async () => {
    await prism?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it(
    'is exercised by the unchanged contract machinery after `generate --root`',
    { timeout: 90_000 },
    async () => {
      root = await mkdtemp(path.join(tmpdir(), 'liveavatar-new-operation-'));
      for (const file of PROJECT_INPUTS)
        await copyFile(path.join(FROZEN_PROJECT, file), path.join(root, file));
      const spec = JSON.parse(await readFile(path.join(root, 'openapi.json'), 'utf8')) as OpenApiDocument;
      addWidgetsOperation(spec);
      await writeFile(path.join(root, 'openapi.json'), `${JSON.stringify(spec, null, 2)}\n`);

      // In process: what the command line adds (exit code, one `error:` line) is generate-cli.process.test.ts's.
      await generate(root, () => undefined);
      const fixedSpecPath = path.join(root, 'generated', 'openapi.fixed.json');
      prism = await startPrism({ specPath: fixedSpecPath });
      const { apiMetadata, generated } = await importGenerated(root);
      const fixedSpec = await loadSpec(fixedSpecPath);

      const keys = apiMetadata.operations.map((operation) => operation.key);
      expect(keys).toHaveLength(projectMetadata.operations.length + 1);
      expect(keys).toContain(NEW_OPERATION_KEY);

      const ledger = await exerciseAll(
        {
          spec: fixedSpec,
          validator: createSchemaValidator(fixedSpec),
          securitySchemes: apiMetadata.securitySchemes,
          baseUrl: prism.url,
          createClient: (options) => createApiClient(generated, options),
        },
        apiMetadata.operations,
      );
      ledger.report();
      // The fixture has 39 operations, so this reads `exercised 40/40 operations`.
      expect([ledger.count, ledger.total]).toEqual([keys.length, projectMetadata.operations.length + 1]);
    },
  );
});
