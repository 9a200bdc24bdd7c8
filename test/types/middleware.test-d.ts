// client.use / client.eject take openapi-fetch's own Middleware type, so one middleware object serves both an
// openapi-fetch client and this facade.
import type { Middleware as OpenapiFetchMiddleware } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { createApiClient, MiddlewareError } from '../../src/index.ts';
import type { LiveAvatarError, Middleware, MiddlewareHook } from '../../src/index.ts';
import { defaultServerUrl, operationTable } from '../fixtures/mini-api/generated/client-metadata.ts';
import type { paths } from '../fixtures/mini-api/generated/schema.d.ts';

const client = createApiClient<paths>({ operationTable, defaultServerUrl }, { apiKey: 'key' });
type Client = typeof client;

describe('the middleware seam is typed with openapi-fetch’s Middleware', () => {
  it('use and eject take openapi-fetch middleware objects and return nothing', () => {
    expectTypeOf<Middleware>().toEqualTypeOf<OpenapiFetchMiddleware>();
    expectTypeOf<Parameters<Client['use']>>().toEqualTypeOf<OpenapiFetchMiddleware[]>();
    expectTypeOf<Parameters<Client['eject']>>().toEqualTypeOf<OpenapiFetchMiddleware[]>();
    expectTypeOf<ReturnType<Client['use']>>().toBeVoid();
    client.use({ onRequest: ({ request }) => request }, { onResponse: ({ response }) => response });
    // @ts-expect-error: a middleware needs at least one of onRequest, onResponse, onError
    client.use({ onSomething: () => undefined });
  });

  it('MiddlewareError is a LiveAvatarError that names the hook', () => {
    expectTypeOf<MiddlewareError>().toExtend<LiveAvatarError>();
    expectTypeOf<MiddlewareError['hook']>().toEqualTypeOf<MiddlewareHook>();
    expectTypeOf<MiddlewareHook>().toEqualTypeOf<'onRequest' | 'onResponse' | 'onError'>();
  });
});
