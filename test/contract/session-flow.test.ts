// A session the way a real integration runs one: the backend (API key) creates a session token, the browser side
// (session token only) then uses it. Against Prism, through the facade. The operations are picked from today's
// metadata by what they do, and every request is built by the spec sampler, so an upstream update needs no edit.
import { describe, expect, inject, it, vi } from 'vitest';
import { liveOperations, liveSchemes } from '../support/live-metadata.ts';
import { createLiveAvatarClient } from '../../src/index.ts';
import type { ClientOptions, ResponseDetails } from '../../src/index.ts';
import { urlOf } from '../support/fetch-url.ts';
import {
  callableWith,
  findOperation,
  objectPropertyNames,
  schemeNames,
  successDataSchema,
} from '../support/live-operations.ts';
import type { LiveOperation } from '../support/live-operations.ts';
import { buildRequest, callInit } from '../support/operation-request.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import { loadSpec } from '../support/spec.ts';

const spec = await loadSpec(new URL('../../generated/openapi.fixed.json', import.meta.url).pathname);
const validator = createSchemaValidator(spec);
const BACKEND_API_KEY = 'session-flow-api-key';

const apiKeySchemes = schemeNames(liveSchemes, 'apiKey');
const bearerSchemes = schemeNames(liveSchemes, 'bearer');
/** The field of the token operation's data that holds the token: a property named like one. */
const tokenFieldOf = (operation: LiveOperation) => {
  const data = successDataSchema(spec, operation);
  return data === undefined ? undefined : objectPropertyNames(spec, data).find((name) => /token/i.test(name));
};
const tokenOperation = findOperation(
  liveOperations,
  'callable with the API key and answering with a session token',
  (operation) => callableWith(operation, apiKeySchemes) && tokenFieldOf(operation) !== undefined,
);
const sessionOperations = liveOperations.filter(
  (operation) => operation !== tokenOperation && callableWith(operation, bearerSchemes),
);

type Untyped = Record<string, (path: string, init: unknown) => Promise<ResponseDetails<unknown>>>;

/** Records the credential headers of every request, then sends it on to Prism. */
function recordingFetch() {
  const sent: { url: string; apiKey: string | null; authorization: string | null }[] = [];
  const spy = vi.fn<typeof fetch>((input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({
      url: urlOf(input),
      apiKey: headers.get('x-api-key'),
      authorization: headers.get('authorization'),
    });
    return globalThis.fetch(input, init);
  });
  return { spy, sent };
}

/** Sends the sampled request; body fields the token's data also has (e.g. a session id) carry its values. */
function call(options: ClientOptions, operation: LiveOperation, fromToken: Record<string, unknown>) {
  const request = buildRequest(spec, validator, operation);
  if (typeof request.body === 'object' && request.body !== null) {
    for (const name of Object.keys(request.body)) {
      if (name in fromToken) (request.body as Record<string, unknown>)[name] = fromToken[name];
    }
  }
  const client = createLiveAvatarClient({ baseUrl: inject('prismUrl'), maxRetries: 0, ...options });
  return (client.withResponse as unknown as Untyped)[operation.method]!(operation.path, callInit(request));
}

describe('session flow: backend token, then a session-token-only client', () => {
  it(`creates a token with the API key (${tokenOperation.key}), then calls every session-token operation with it`, async () => {
    expect(sessionOperations.length, 'operations callable with a session token alone').toBeGreaterThan(0);
    const backendWire = recordingFetch();
    const token = await call({ apiKey: BACKEND_API_KEY, fetch: backendWire.spy }, tokenOperation, {});
    expect(tokenOperation.successStatuses).toContain(token.status);
    const data = token.data as Record<string, unknown>;
    const sessionToken = data[tokenFieldOf(tokenOperation)!];
    expect(sessionToken).toEqual(expect.any(String));
    expect(backendWire.sent).toEqual([
      { url: expect.stringContaining(inject('prismUrl')), apiKey: BACKEND_API_KEY, authorization: null },
    ]);

    const sessionWire = recordingFetch();
    for (const operation of sessionOperations) {
      const answer = await call(
        { sessionToken: sessionToken as string, fetch: sessionWire.spy },
        operation,
        data,
      );
      expect(operation.successStatuses, `${operation.key} answered ${answer.status}`).toContain(
        answer.status,
      );
    }

    // The browser-side client never holds the API key; every call carried the session token as a bearer.
    expect(sessionWire.sent).toHaveLength(sessionOperations.length);
    for (const request of sessionWire.sent) {
      expect(request.apiKey).toBeNull();
      expect(request.authorization).toBe(`Bearer ${String(sessionToken)}`);
    }
  });
});
