// The reference page's model on frozen fixtures: which fix-ups touch which operation, what each credential means,
// which client the sample creates, and that the response shown is the example the mock serves.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppliedAction } from '../../scripts/pipeline/overlay.ts';
import {
  fixupsTouching,
  pointerOfNormalizedPath,
  reachedLocations,
} from '../../scripts/docs/fixups-touching.ts';
import { buildReferenceModel } from '../../scripts/docs/reference-model.ts';
import type { ReferenceOperation } from '../../scripts/docs/reference-model.ts';
import { apiMetadata as novemberMetadata } from '../fixtures/liveavatar-2026-11/generated/operations.ts';
import novemberFixed from '../fixtures/liveavatar-2026-11/generated/openapi.fixed.json' with { type: 'json' };

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const byKey = (operations: ReferenceOperation[], key: string): ReferenceOperation => {
  const found = operations.find((operation) => operation.key === key);
  if (found === undefined) throw new Error(`${key} is not in the model`);
  return found;
};

describe('reference model of the November 2026 fixture', async () => {
  const model = await buildReferenceModel({ root: path.join(FIXTURES, 'liveavatar-2026-11') });

  it('has one entry per operation of the metadata, in the spec’s order', () => {
    expect(model.operations.map((operation) => operation.key).sort()).toEqual(
      novemberMetadata.operations.map((operation) => operation.key).sort(),
    );
    const specOrder = Object.entries(novemberFixed.paths).flatMap(([route, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect(model.operations.map((operation) => operation.key)).toEqual(specOrder);
  });

  it('lists a fix-up under the operations whose schemas it changed, and only there', () => {
    const touchedBy = (fragment: string) =>
      model.operations
        .filter((operation) => operation.fixups.some((fixup) => fixup.target.includes(fragment)))
        .map((operation) => operation.key);
    expect(touchedBy('FullSDKSessionTokenConfigDataSchema')).toEqual(['POST /v1/sessions/token']);
    // voice_settings lives in the avatar persona of the token body, two $refs away.
    expect(touchedBy('ElevenLabsVoiceSettings')).toEqual(['POST /v1/sessions/token']);
    expect(byKey(model.operations, 'GET /v1/avatars/public').fixups).toEqual([]);
  });

  it('shows the example the mock serves for the first success status', () => {
    const operation = byKey(model.operations, 'GET /v1/avatars/public');
    const media = novemberFixed.paths['/v1/avatars/public'].get.responses['200'].content['application/json'];
    expect(operation.response).toEqual({ status: '200', body: media.examples.mock.value });
    expect(operation.resolvesTo).toBe('data');
  });

  it('builds the call from schema-valid arguments: required body fields and path parameters', () => {
    const token = byKey(model.operations, 'POST /v1/sessions/token');
    expect(token.sample).toMatch(/^const client = createLiveAvatarClient\(\{ sessionToken \}\);\n/);
    expect(token.sample).toMatch(
      /client\.POST\('\/v1\/sessions\/token', \{\n\s+body: \{ mode: '(FULL|LITE)'/,
    );
    const avatar = byKey(model.operations, 'GET /v1/avatars/{avatar_id}');
    expect(avatar.sample).toMatch(/params: \{ path: \{ avatar_id: '[0-9a-f-]{36}' \} \}/);
  });
});

describe('credentials on the page (security-api fixture)', async () => {
  const model = await buildReferenceModel({ root: path.join(FIXTURES, 'security-api') });
  const need = (key: string) => byKey(model.operations, key).credential;
  const clientLine = (key: string) => byKey(model.operations, key).sample?.split(');')[0];

  it('names what each operation needs and what it means in a browser', () => {
    expect(need('GET /open')).toMatchObject({ kind: 'none', label: 'None (public)' });
    expect(need('GET /key-only')).toMatchObject({ kind: 'apiKey', label: 'API key' });
    expect(need('GET /key-only').browser).toMatch(/refuses apiKey with ConfigurationError/);
    expect(need('POST /token-only')).toMatchObject({ kind: 'sessionToken', label: 'Session token' });
    expect(need('GET /either')).toMatchObject({ kind: 'either', label: 'API key or session token' });
    expect(need('GET /either').browser).toMatch(/use the session token/);
    expect(need('POST /both')).toMatchObject({ kind: 'all', label: 'API key + session token' });
  });

  it('creates the sample client with those credentials, preferring one a browser may hold', () => {
    expect(clientLine('GET /open')).toBe('const client = createLiveAvatarClient(');
    expect(clientLine('GET /key-only')).toBe(
      'const client = createLiveAvatarClient({ apiKey: process.env.LIVEAVATAR_API_KEY! }',
    );
    expect(clientLine('GET /either')).toBe('const client = createLiveAvatarClient({ sessionToken }');
    expect(clientLine('POST /both')).toMatch(/apiKey: process\.env\.LIVEAVATAR_API_KEY!,\s+sessionToken,/);
  });
});

describe('fix-ups touching an operation', () => {
  const spec = {
    paths: {
      '/a': {
        parameters: [{ $ref: '#/components/parameters/Shared' }],
        get: {
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } },
          },
        },
        post: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    components: {
      parameters: { Shared: { name: 'x', in: 'query', schema: { $ref: '#/components/schemas/X' } } },
      schemas: {
        A: { properties: { b: { $ref: '#/components/schemas/B' } } },
        B: { properties: { a: { $ref: '#/components/schemas/A' } } },
        X: { type: 'string' },
        Unused: { type: 'string' },
      },
    },
  };
  const action = (target: string, ...matched: string[]): AppliedAction => ({
    description: target,
    target,
    matched,
  });

  it('follows $refs transitively (cycles included) and path-level parameters', () => {
    const reached = reachedLocations(spec, '/a', 'get');
    const touching = fixupsTouching(
      [
        action('B', "$['components']['schemas']['B']['properties']"),
        action('X', "$['components']['schemas']['X']"),
        action('Unused', "$['components']['schemas']['Unused']"),
        action('post only', "$['paths']['/a']['post']['requestBody']"),
        action('all schemas', "$['components']['schemas']"),
      ],
      reached,
    );
    expect(touching.map((fixup) => fixup.target)).toEqual(['B', 'X', 'all schemas']);
  });

  it('reads RFC 9535 normalized paths, escapes included', () => {
    expect(pointerOfNormalizedPath("$['paths']['/v1/{id}']['get']")).toBe('#/paths/~1v1~1{id}/get');
    expect(pointerOfNormalizedPath("$['it\\'s']['back\\\\slash']['q\"'][3]")).toBe(
      '#/it\'s/back\\slash/q"/3',
    );
  });
});
