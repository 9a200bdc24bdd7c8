// The mock (Prism on the served spec, as `npm run mock` runs it) answers every operation like the real API: the
// envelope code the official web SDK accepts, UUID ids, wss:// socket URLs, https:// URLs, ISO dates, positive
// durations and counts, and the same data every time. Operations, schemas and fields all come from the spec.
import { describe, expect, inject, it } from 'vitest';
import { apiMetadata } from '../../generated/operations.ts';
import { createLiveAvatarRawClient } from '../../src/raw.ts';
import { credentialsFor } from '../support/credentials.ts';
import { mockDataProblems, SDK_SUCCESS_CODE } from '../support/mock-data-checks.ts';
import { buildRequest, callInit } from '../support/operation-request.ts';
import type { CallInit } from '../support/operation-request.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import { servedExample } from '../support/served-example.ts';
import { loadSpec, responseSchema } from '../support/spec.ts';

const spec = await loadSpec(new URL('../../generated/openapi.fixed.json', import.meta.url).pathname);
const validator = createSchemaValidator(spec);

type RawCall = (path: string, init: CallInit) => Promise<{ data?: unknown; response: Response }>;

/** The operation sent as a client would send it, through openapi-fetch (no unwrapping: the whole body). */
function send(operation: (typeof apiMetadata.operations)[number]) {
  const [alternative] = operation.security;
  const credentials = alternative ? credentialsFor(alternative, apiMetadata.securitySchemes) : {};
  const client = createLiveAvatarRawClient({ baseUrl: inject('prismUrl'), ...credentials });
  const call = (client as unknown as Record<string, RawCall>)[operation.method];
  if (call === undefined) throw new Error(`${operation.key}: openapi-fetch has no ${operation.method}`);
  const request = buildRequest(spec, validator, operation);
  return call(operation.path, callInit(request));
}

describe('the mock answers every operation like the real API', () => {
  it.for(apiMetadata.operations)('$key', async (operation) => {
    const first = await send(operation);
    const second = await send(operation);
    const status = first.response.status;
    expect(operation.successStatuses, `${operation.key} answered ${status}`).toContain(status);
    expect(second.response.status).toBe(status);
    expect(second.data, 'the same request twice gives the same data').toEqual(first.data);

    const schema = responseSchema(spec, operation.path, operation.method, status);
    if (schema === undefined) return;
    expect(first.data, 'the mock serves the spec’s generated example').toEqual(
      servedExample(spec, operation.path, operation.method, status),
    );
    if (operation.envelope) {
      expect((first.data as { code?: unknown }).code).toBe(SDK_SUCCESS_CODE);
    }
    expect(mockDataProblems(spec, validator, schema, first.data)).toEqual([]);
  });
});
