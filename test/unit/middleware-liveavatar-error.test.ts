// A LiveAvatarError that a middleware hook throws (such as liveavatar-client/validate's ResponseValidationError)
// reaches the caller as it is, from every hook, and is not retried; anything else a hook throws is still wrapped
// in MiddlewareError (test/unit/middleware-hooks.test.ts).
import { describe, expect, it } from 'vitest';
import { LiveAvatarError, MiddlewareError } from '../../src/index.ts';
import type { Middleware } from '../../src/index.ts';
import { createFrozenClient } from '../support/frozen-api.ts';
import { errorOf } from '../support/rejection.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, UUID } from './fake-fetch.ts';

const offline = (): Response => {
  throw new TypeError('fetch failed');
};

const throwing = (thrown: Error): Record<'onRequest' | 'onResponse' | 'onError', Middleware> => {
  const hook = () => {
    throw thrown;
  };
  return { onRequest: { onRequest: hook }, onResponse: { onResponse: hook }, onError: { onError: hook } };
};

describe('a LiveAvatarError thrown by a middleware hook', () => {
  it.each(['onRequest', 'onResponse', 'onError'] as const)(
    'reaches the caller unwrapped from %s, not retried',
    async (hook) => {
      const { fetch, requests } = fakeFetch(
        hook === 'onError' ? offline : () => envelope({ avatar_id: UUID }),
      );
      const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 2 });
      const thrown = new LiveAvatarError('the hook knows better', { attempts: 1 });
      client.use(throwing(thrown)[hook]);
      const error = await errorOf(
        client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } } }),
      );
      expect(error).toBe(thrown);
      expect(error).not.toBeInstanceOf(MiddlewareError);
      expect(requests.length).toBe(hook === 'onRequest' ? 0 : 1);
    },
  );
});
