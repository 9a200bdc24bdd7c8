// What openapi-fetch middleware sees and may do on the facade, through a scripted fetch: the hook parameters
// (as openapi-fetch builds them), use/eject bookkeeping, what each hook may return, and the MiddlewareError a
// misbehaving hook becomes. The resilience suite covers the same seam on a real socket.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, MiddlewareError } from '../../src/index.ts';
import type { Middleware } from '../../src/index.ts';
import { createFrozenClient } from '../support/frozen-api.ts';
import type { FrozenClient } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, UUID } from './fake-fetch.ts';
import { errorOf } from '../support/rejection.ts';
import type { Answer } from './fake-fetch.ts';

const AVATAR = { avatar_id: UUID, name: 'Ada' };
/** A 503 the client retries at once. */
const busy = () =>
  Response.json(
    { code: 503, data: null, message: 'busy' },
    { status: 503, headers: { 'retry-after-ms': '1' } },
  );
const offline = (): Response => {
  throw new TypeError('fetch failed');
};

function clientAnswering(...answers: Answer[]) {
  const { fetch, requests } = fakeFetch(...answers);
  const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 0 });
  return { client, fetch, requests };
}

const getAvatar = (client: FrozenClient, maxRetries?: number) =>
  client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } }, maxRetries });

/** A middleware that records the label of every hook call, to show which middleware ran. */
function labelled(label: string, seen: string[]): Middleware {
  return {
    onRequest: () => void seen.push(`${label}.onRequest`),
    onResponse: () => void seen.push(`${label}.onResponse`),
  };
}

describe('the parameters every hook receives, as openapi-fetch builds them', () => {
  it('schemaPath, params, options and an id shared by all hooks and attempts of one call', async () => {
    const { client, fetch } = clientAnswering(busy(), envelope(AVATAR));
    const seen: Record<string, unknown>[] = [];
    client.use({
      onRequest: (params) => void seen.push({ hook: 'onRequest', ...params }),
      onResponse: (params) => void seen.push({ hook: 'onResponse', ...params }),
    });
    await expect(getAvatar(client, 1)).resolves.toEqual(AVATAR);
    expect(seen.map((params) => params.hook)).toEqual(['onRequest', 'onResponse', 'onRequest', 'onResponse']);
    const ids = new Set(seen.map((params) => params.id));
    expect(ids.size).toBe(1);
    // openapi-fetch's id: up to 9 base-36 characters.
    expect([...ids][0]).toMatch(/^[0-9a-z]{1,9}$/);
    for (const params of seen) {
      expect(params).toMatchObject({
        schemaPath: '/v1/avatars/{avatar_id}',
        params: { path: { avatar_id: UUID } },
      });
      const options = params.options as Record<string, unknown>;
      expect(options).toMatchObject({ baseUrl: BASE_URL, parseAs: 'json', fetch });
      expect(Object.isFrozen(options)).toBe(true);
      for (const serializer of ['querySerializer', 'bodySerializer', 'pathSerializer']) {
        expect(options[serializer]).toBeTypeOf('function');
      }
    }
  });

  it('each call gets its own id', async () => {
    const { client } = clientAnswering(envelope(AVATAR));
    const ids: string[] = [];
    client.use({ onRequest: ({ id }) => void ids.push(id) });
    await getAvatar(client);
    await getAvatar(client);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('use and eject', () => {
  it.each([
    ['an object with no hook', {}],
    ['a string', 'onRequest'],
    ['a function', Object.assign(() => undefined, { onRequest: () => undefined })],
  ])('use() rejects %s with a ConfigurationError saying what a middleware is', (_, value) => {
    const { client } = clientAnswering(envelope(AVATAR));
    expect(() => {
      client.use(value as unknown as Middleware);
    }).toThrow(new ConfigurationError('middleware must be an object with onRequest, onResponse or onError'));
  });

  it('eject removes the middleware given, wherever it was registered', async () => {
    const { client } = clientAnswering(envelope(AVATAR));
    const seen: string[] = [];
    const [first, second, third] = ['first', 'second', 'third'].map((label) => labelled(label, seen));
    client.use(first!, second!, third!);
    client.eject(second!);
    await getAvatar(client);
    expect(seen).toEqual(['first.onRequest', 'third.onRequest', 'third.onResponse', 'first.onResponse']);
  });

  it('ejecting a middleware that was never registered changes nothing', async () => {
    const { client } = clientAnswering(envelope(AVATAR));
    const seen: string[] = [];
    client.use(labelled('first', seen), labelled('second', seen));
    client.eject(labelled('stranger', seen));
    await getAvatar(client);
    expect(seen).toEqual(['first.onRequest', 'second.onRequest', 'second.onResponse', 'first.onResponse']);
  });
});

describe('a middleware may implement only some hooks', () => {
  it('middleware without onRequest, onResponse or onError are skipped for that hook', async () => {
    const { client } = clientAnswering(offline, envelope(AVATAR));
    const seen: string[] = [];
    client.use(
      { onError: () => void seen.push('onError') },
      { onRequest: () => void seen.push('onRequest') },
      { onResponse: () => void seen.push('onResponse') },
    );
    const error = await errorOf(getAvatar(client));
    expect(error).toMatchObject({ name: 'ConnectionError' });
    await expect(getAvatar(client)).resolves.toEqual(AVATAR);
    expect(seen).toEqual(['onRequest', 'onError', 'onRequest', 'onResponse']);
  });
});

describe('what onResponse may return', () => {
  it('a new Response replaces the answer the caller gets', async () => {
    const { client } = clientAnswering(envelope(AVATAR));
    client.use({ onResponse: () => envelope({ ...AVATAR, name: 'Replaced' }) });
    await expect(getAvatar(client)).resolves.toEqual({ ...AVATAR, name: 'Replaced' });
  });

  it('anything else is a MiddlewareError', async () => {
    const { client } = clientAnswering(envelope(AVATAR));
    client.use({ onResponse: () => 'not a response' as unknown as Response });
    const error = await errorOf(getAvatar(client));
    expect(error).toBeInstanceOf(MiddlewareError);
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id}: middleware onResponse returned a value it may not return (after 1 attempt)',
    );
  });

  it('reading the body it was given is a MiddlewareError saying how to do it instead', async () => {
    const { client } = clientAnswering(envelope(AVATAR));
    client.use({
      async onResponse({ response }) {
        await response.text();
      },
    });
    const error = await errorOf(getAvatar(client));
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id}: middleware onResponse read the response body; read a clone, or return a ' +
        'new Response (after 1 attempt)',
    );
  });
});

describe('what onError may return, for a request that got no response', () => {
  it('nothing: the original failure reaches the caller', async () => {
    const { client } = clientAnswering(offline);
    client.use({ onError: () => undefined });
    const error = await errorOf(getAvatar(client));
    expect(error).toMatchObject({ name: 'ConnectionError', attempts: 1 });
    expect(error.message).toBe('GET /v1/avatars/{avatar_id} could not complete: fetch failed (attempt 1)');
  });

  it('an Error replaces the failure, for the caller and for the hooks registered before it', async () => {
    const { client } = clientAnswering(offline);
    const outerSaw: unknown[] = [];
    client.use(
      { onError: ({ error }) => void outerSaw.push(error) },
      { onError: () => new Error('offline, and no cached copy') },
    );
    const error = await errorOf(getAvatar(client));
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id} could not complete: offline, and no cached copy (attempt 1)',
    );
    expect(outerSaw).toEqual([new Error('offline, and no cached copy')]);
  });

  it('a Response recovers the attempt, and the hooks registered before it are not asked', async () => {
    const { client } = clientAnswering(offline);
    const outerSaw: unknown[] = [];
    client.use({ onError: ({ error }) => void outerSaw.push(error) }, { onError: () => envelope(AVATAR) });
    await expect(getAvatar(client)).resolves.toEqual(AVATAR);
    expect(outerSaw).toEqual([]);
  });

  it('anything else is a MiddlewareError', async () => {
    const { client } = clientAnswering(offline);
    client.use({ onError: () => 'retry later' as unknown as Error });
    const error = await errorOf(getAvatar(client));
    expect(error).toBeInstanceOf(MiddlewareError);
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id}: middleware onError returned a value it may not return (after 1 attempt)',
    );
  });
});

describe('what a MiddlewareError says about what the hook threw', () => {
  const thrownBy = async (thrown: unknown) => {
    const { client } = clientAnswering(envelope(AVATAR));
    client.use({
      onRequest: () => {
        throw thrown;
      },
    });
    return errorOf(getAvatar(client));
  };

  it('an Error: its name and message, and a cause keeping its stack', async () => {
    const thrown = new RangeError('clock skew too large');
    const error = await thrownBy(thrown);
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id}: middleware onRequest threw RangeError: clock skew too large (after 0 attempts)',
    );
    expect(error.cause).toMatchObject({
      name: 'RangeError',
      message: 'clock skew too large',
      stack: thrown.stack,
    });
  });

  it('an Error without a stack: the cause has none either, rather than one pointing into the client', async () => {
    const thrown = new Error('no trace');
    thrown.stack = undefined;
    const error = await thrownBy(thrown);
    expect(error.cause).toMatchObject({ name: 'Error', message: 'no trace', stack: '' });
  });

  it('a string: the string', async () => {
    const error = await thrownBy('signing key missing');
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id}: middleware onRequest threw signing key missing (after 0 attempts)',
    );
    expect(error.cause).toBeUndefined();
  });

  it('anything else: only its type, since it may hold anything', async () => {
    const error = await thrownBy({ token: 'do-not-print' });
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id}: middleware onRequest threw a object (after 0 attempts)',
    );
  });

  it('undefined: only that it threw', async () => {
    const error = await thrownBy(undefined);
    expect(error.message).toBe('GET /v1/avatars/{avatar_id}: middleware onRequest threw (after 0 attempts)');
  });
});
