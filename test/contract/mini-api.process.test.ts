// The same contract machinery on a second, small spec (test/fixtures/mini-api) with features LiveAvatar lacks:
// header and array query parameters, non-envelope JSON, 202/204, an open operation, combined schemes.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../src/index.ts';
import type { ClientOptions } from '../../src/index.ts';
import { defaultServerUrl, operationTable } from '../fixtures/mini-api/generated/client-metadata.ts';
import { apiMetadata } from '../fixtures/mini-api/generated/operations.ts';
import type { paths } from '../fixtures/mini-api/generated/schema.d.ts';
import { defineContractSuite } from '../support/contract-suite.ts';
import { TEST_API_KEY, TEST_SESSION_TOKEN } from '../support/credentials.ts';
import { urlOf } from '../support/fetch-url.ts';
import { startPrism } from '../support/prism.ts';
import type { PrismServer } from '../support/prism.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import { loadSpec } from '../support/spec.ts';

const FIXED_SPEC = 'test/fixtures/mini-api/generated/openapi.fixed.json';
const spec = await loadSpec(new URL(`../../${FIXED_SPEC}`, import.meta.url).pathname);
const createMiniClient = (options: ClientOptions) =>
  createApiClient<paths>({ operationTable, defaultServerUrl }, options);

let prism: PrismServer | undefined;
beforeAll(async () => {
  prism = await startPrism({ specPath: FIXED_SPEC });
}, 40_000);
afterAll(async () => {
  await prism?.stop();
});
const prismUrl = () => {
  if (!prism) throw new Error('the mini-api Prism did not start');
  return prism.url;
};

defineContractSuite({
  name: 'Mini API',
  operations: apiMetadata.operations,
  target: {
    spec,
    validator: createSchemaValidator(spec),
    securitySchemes: apiMetadata.securitySchemes,
    createClient: createMiniClient,
  },
  baseUrl: prismUrl,
});

describe('Mini API: what the generic contract relies on, seen on the wire', () => {
  it('sends the header parameter and repeats the array query parameter (form, explode)', async () => {
    const wire = vi.fn<typeof fetch>((input, init) => globalThis.fetch(input, init));
    const client = createMiniClient({ apiKey: TEST_API_KEY, baseUrl: prismUrl(), fetch: wire });
    const list = await client.GET('/widgets', {
      params: {
        header: { 'X-Trace-Id': '00000000-0000-4000-8000-0000000000aa' },
        query: { tags: ['red', 'blue'] },
      },
    });
    expect(list).toEqual(expect.objectContaining({ items: expect.any(Array), total: expect.any(Number) }));
    const [url, init] = wire.mock.calls[0] ?? [];
    expect(new URL(urlOf(url)).search).toBe('?tags=red&tags=blue');
    expect(new Headers(init?.headers).get('x-trace-id')).toBe('00000000-0000-4000-8000-0000000000aa');
  });

  it('sends both credentials when an operation needs two schemes together', async () => {
    const wire = vi.fn<typeof fetch>((input, init) => globalThis.fetch(input, init));
    const client = createMiniClient({
      apiKey: TEST_API_KEY,
      sessionToken: TEST_SESSION_TOKEN,
      baseUrl: prismUrl(),
      fetch: wire,
    });
    const job = await client.withResponse.POST('/widgets', {
      body: { name: 'gizmo', tags: ['green'], owner: { id: '00000000-0000-4000-8000-0000000000bb' } },
    });
    expect(job.status).toBe(202);
    const headers = new Headers(wire.mock.calls[0]?.[1]?.headers);
    expect(headers.get('x-mini-key')).toBe(TEST_API_KEY);
    expect(headers.get('authorization')).toBe(`Bearer ${TEST_SESSION_TOKEN}`);
  });

  it('resolves a 204 to undefined', async () => {
    const client = createMiniClient({ apiKey: TEST_API_KEY, baseUrl: prismUrl() });
    const deleted = await client.withResponse.DELETE('/widgets/{widget_id}', {
      params: { path: { widget_id: '00000000-0000-4000-8000-0000000000cc' } },
    });
    expect(deleted).toEqual(expect.objectContaining({ status: 204, data: undefined }));
  });
});
