import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  LiveAvatarError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.ts';
import { API_KEY, BASE_URL, fakeFetch, UUID } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const cases = [
  [400, BadRequestError, 'BadRequestError'],
  [401, AuthenticationError, 'AuthenticationError'],
  [403, PermissionDeniedError, 'PermissionDeniedError'],
  [404, NotFoundError, 'NotFoundError'],
  [409, ConflictError, 'ConflictError'],
  [422, UnprocessableEntityError, 'UnprocessableEntityError'],
  [429, RateLimitError, 'RateLimitError'],
  [500, InternalServerError, 'InternalServerError'],
  [503, InternalServerError, 'InternalServerError'],
  [418, ApiError, 'ApiError'],
] as const;

describe('non-2xx answers throw the exported error class for their status', () => {
  it.each(cases)('HTTP %i → %o', async (status, ErrorClass, name) => {
    const { fetch } = fakeFetch(
      Response.json(
        { code: 40001, data: null, message: 'avatar not found' },
        { status, headers: { 'x-request-id': 'req-9' } },
      ),
    );
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 0 });
    const error: unknown = await client
      .GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } } })
      .catch((caught: unknown) => caught);
    if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(LiveAvatarError);
    expect(error.name).toBe(name);
    expect(String(error.stack).startsWith(`${name}: `)).toBe(true);
    expect(error).toMatchObject({
      status,
      code: 40001,
      apiMessage: 'avatar not found',
      requestId: 'req-9',
      attempts: 1,
      operation: { method: 'GET', path: '/v1/avatars/{avatar_id}' },
    });
    expect(error.message).toBe(
      `GET /v1/avatars/{avatar_id} failed with HTTP ${status}: avatar not found (request id req-9) after 1 attempt`,
    );
  });

  it('422 exposes FastAPI detail[] and the mock server violations', async () => {
    const detail = [{ loc: ['body', 'secret_type'], msg: 'Field required', type: 'missing', input: {} }];
    const violations = [
      {
        location: ['request', 'body'],
        severity: 'Error',
        code: 'required',
        message: "must have required property 'secret_type'",
      },
    ];
    const { fetch } = fakeFetch(
      Response.json({ detail }, { status: 422, headers: { 'sl-violations': JSON.stringify(violations) } }),
    );
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const error = (await client
      .POST('/v1/secrets', { body: { secret_name: 'n', secret_value: 'v', secret_type: 'OPENAI_API_KEY' } })
      .catch((caught: unknown) => caught)) as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.detail).toEqual(detail);
    expect(error.violations).toEqual(violations);
    expect(error.message).toContain('HTTP 422: 1 validation error');
  });

  it('a non-JSON error body (an HTML error page) is kept as text', async () => {
    const { fetch } = fakeFetch(
      new Response('<html><h1>Bad Gateway</h1></html>', {
        status: 400,
        headers: { 'content-type': 'text/html' },
      }),
    );
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const error = (await client.GET('/v1/avatars').catch((caught: unknown) => caught)) as BadRequestError;
    expect(error.body).toBe('<html><h1>Bad Gateway</h1></html>');
    expect(error.code).toBeUndefined();
    expect(error.message).toBe(
      'GET /v1/avatars failed with HTTP 400: <html><h1>Bad Gateway</h1></html> after 1 attempt',
    );
  });
});
