// The ways of making the same call that every speed comparison puts side by side.
import createClient from 'openapi-fetch';
import { responseValidation } from '../src/validate.ts';
import { responseValidators as frozenValidators } from '../test/fixtures/liveavatar-2026-11/generated/response-validators.js';
// The frozen fixture's operation (same table size as today's): an upstream update cannot break the benchmark.
import { createFrozenClient } from '../test/support/frozen-api.ts';
import type { FrozenPaths as paths } from '../test/support/frozen-api.ts';
import { BENCH_API_KEY, CREATE_SECRET_BODY, OPERATION_PATH } from './fixtures.ts';

export type CallerName =
  'raw fetch' | 'openapi-fetch' | 'facade' | 'facade + middleware' | 'facade + validation';

export type Call = () => Promise<unknown>;

/** The baseline: what a careful hand-written call does (auth header, JSON body, parse, take `data`). */
function rawFetchCall(baseUrl: string, fetchImpl: typeof fetch): Call {
  const url = `${baseUrl}${OPERATION_PATH}`;
  return async () => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-KEY': BENCH_API_KEY },
      body: JSON.stringify(CREATE_SECRET_BODY),
    });
    const envelope = (await response.json()) as { data: unknown };
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return envelope.data;
  };
}

/** openapi-fetch as its README sets it up: it builds a real Request per call. */
function openapiFetchCall(baseUrl: string, fetchImpl: typeof fetch): Call {
  const client = createClient<paths>({ baseUrl, fetch: fetchImpl, headers: { 'X-API-KEY': BENCH_API_KEY } });
  return async () => {
    const { data, error } = await client.POST(OPERATION_PATH, { body: CREATE_SECRET_BODY });
    if (error !== undefined) throw new Error('openapi-fetch call failed');
    return data.data;
  };
}

/** Our facade: credentials from the spec, envelope unwrapped, retries on (nothing to retry), typed errors. */
function facadeCall(baseUrl: string, fetchImpl: typeof fetch): Call {
  const client = createFrozenClient({ apiKey: BENCH_API_KEY, baseUrl, fetch: fetchImpl });
  return () => client.POST(OPERATION_PATH, { body: CREATE_SECRET_BODY });
}

/**
 * The facade with one middleware that sets a tracing header on every request: what the client.use seam costs
 * when it is used (the plain facade above runs without any, and skips the seam).
 */
function facadeWithMiddlewareCall(baseUrl: string, fetchImpl: typeof fetch): Call {
  const client = createFrozenClient({ apiKey: BENCH_API_KEY, baseUrl, fetch: fetchImpl });
  client.use({
    onRequest({ request }) {
      request.headers.set('traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    },
  });
  return () => client.POST(OPERATION_PATH, { body: CREATE_SECRET_BODY });
}

/**
 * The facade with `liveavatar-client/validate`'s middleware (throw mode): every answer is cloned, parsed and
 * checked against its compiled schema. Its cost is its p50 above 'facade + middleware' (both pay for the seam).
 */
function facadeWithValidationCall(baseUrl: string, fetchImpl: typeof fetch): Call {
  const client = createFrozenClient({ apiKey: BENCH_API_KEY, baseUrl, fetch: fetchImpl });
  client.use(responseValidation(frozenValidators, { onInvalid: 'throw' }));
  return () => client.POST(OPERATION_PATH, { body: CREATE_SECRET_BODY });
}

export function createCallers(baseUrl: string, fetchImpl: typeof fetch): Record<CallerName, Call> {
  return {
    'raw fetch': rawFetchCall(baseUrl, fetchImpl),
    'openapi-fetch': openapiFetchCall(baseUrl, fetchImpl),
    facade: facadeCall(baseUrl, fetchImpl),
    'facade + middleware': facadeWithMiddlewareCall(baseUrl, fetchImpl),
    'facade + validation': facadeWithValidationCall(baseUrl, fetchImpl),
  };
}

export const CALLER_NAMES: readonly CallerName[] = [
  'raw fetch',
  'openapi-fetch',
  'facade',
  'facade + middleware',
  'facade + validation',
];
