// Every error status a UI handles, through `Prefer: code=<status>`, answered in the live API's envelope on
// operations picked by what they are (public, API key, session token, a required body), and a missing
// credential answered with the 401 envelope instead of Prism's problem+json. Statuses come from the fixed spec.
import { describe, expect, inject, it } from 'vitest';
import { ApiError, createLiveAvatarClient } from '../../src/index.ts';
import type { ClientOptions } from '../../src/index.ts';
import { liveOperations, liveSchemes } from '../support/live-metadata.ts';
import { callableWith, schemeNames } from '../support/live-operations.ts';
import type { LiveOperation } from '../support/live-operations.ts';
import { buildRequest, callInit } from '../support/operation-request.ts';
import { rejectionOf } from '../support/rejection.ts';
import { describeErrors } from '../support/schema-validator.ts';
import { documentedErrorStatuses, responseSchema } from '../support/spec.ts';
import { spec, validator } from './session-server.ts';

type Untyped = Record<string, (path: string, init?: unknown) => Promise<unknown>>;

const apiKeySchemes = schemeNames(liveSchemes, 'apiKey');
const bearerSchemes = schemeNames(liveSchemes, 'bearer');
const KINDS: readonly { kind: string; test: (operation: LiveOperation) => boolean }[] = [
  { kind: 'public', test: (operation) => operation.security.length === 0 },
  {
    kind: 'API key only',
    test: (operation) => callableWith(operation, apiKeySchemes) && !callableWith(operation, bearerSchemes),
  },
  {
    kind: 'session token only',
    test: (operation) => callableWith(operation, bearerSchemes) && !callableWith(operation, apiKeySchemes),
  },
  { kind: 'with a required body', test: (operation) => operation.requestBody === 'required' },
];
const picked = KINDS.map(({ kind, test }) => {
  const operation = liveOperations.find(test);
  if (operation === undefined) throw new Error(`no operation in generated/operations.ts is ${kind}`);
  return { kind, operation };
});

const credentials: ClientOptions = { apiKey: 'any-key', sessionToken: 'any-token' };
function clientOf(options: ClientOptions): Untyped {
  return createLiveAvatarClient({
    baseUrl: inject('prismUrl'),
    maxRetries: 0,
    ...options,
  }) as unknown as Untyped;
}

function callWith(operation: LiveOperation, options: ClientOptions, headers?: Record<string, string>) {
  const request = buildRequest(spec, validator, operation);
  return rejectionOf(clientOf(options)[operation.method]!(operation.path, callInit(request, headers)));
}

const cases = picked.flatMap(({ kind, operation }) =>
  documentedErrorStatuses(spec, operation.path, operation.method).map((status) => ({
    kind,
    operation,
    status,
  })),
);

describe('error statuses in the envelope, chosen with Prefer', () => {
  it('declares the error statuses a UI handles on every picked operation', () => {
    for (const { operation } of picked) {
      expect(documentedErrorStatuses(spec, operation.path, operation.method).length).toBeGreaterThanOrEqual(
        7,
      );
    }
  });

  it.for(cases)('$kind: $operation.key with Prefer: code=$status', async ({ operation, status }) => {
    const error = await callWith(operation, credentials, { Prefer: `code=${status}` });
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(status);
    const body = apiError.body as { code: unknown; data: unknown; message: unknown };
    expect(body).toEqual({ code: expect.any(Number), data: null, message: expect.any(String) });
    expect(apiError.code).toBe(body.code);
    expect(apiError.apiMessage).toBe(body.message);
    const schema = responseSchema(spec, operation.path, operation.method, status)!;
    const problems = validator.errors(schema, body);
    expect(problems, describeErrors(problems)).toEqual([]);
  });

  const secured = picked.filter(({ operation }) => operation.security.length > 0);
  it.for(secured)(
    '$kind: $operation.key without its credential gets the 401 envelope',
    async ({ operation }) => {
      const request = buildRequest(spec, validator, operation);
      const response = await fetch(`${inject('prismUrl')}${operation.path.replace(/\{[^}]+\}/g, 'x')}`, {
        method: operation.method,
        headers: { 'content-type': 'application/json' },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({
        code: expect.any(Number),
        data: null,
        message: expect.any(String),
      });
    },
  );
});
