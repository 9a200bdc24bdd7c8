// liveavatar-client/validate's middleware on the facade, with the frozen fixture's generated validators and a
// scripted fetch: a matching body passes untouched, an off-spec one fails the call (`throw`) or warns once per
// operation and pointer (`warn`), and neither the error nor the warning ever holds a body value.
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it, vi } from 'vitest';
import { LiveAvatarError, MiddlewareError } from '../../src/index.ts';
import { ResponseValidationError, responseValidation } from '../../src/validate.ts';
import type { ValidationLogFields } from '../../src/validate.ts';
import { responseValidators as frozenValidators } from '../fixtures/liveavatar-2026-11/generated/response-validators.js';
import { createFrozenClient } from '../support/frozen-api.ts';
import { errorOf } from '../support/rejection.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch, UUID } from './fake-fetch.ts';
import type { Answer } from './fake-fetch.ts';

const AVATAR = {
  id: UUID,
  name: 'Ada',
  created_at: '2025-03-09T23:54:51Z',
  updated_at: '2025-04-12T06:40:46Z',
  error_message: '',
};

function validatingClient(onInvalid: 'throw' | 'warn', ...answers: Answer[]) {
  const { fetch } = fakeFetch(...answers);
  const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 0 });
  const warnings: { message: string; fields: ValidationLogFields }[] = [];
  const logger = {
    warn: (message: string, fields: ValidationLogFields) => void warnings.push({ message, fields }),
  };
  client.use(responseValidation(frozenValidators, { onInvalid, logger }));
  const getAvatar = () => client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } } });
  return { client, getAvatar, warnings };
}

describe('throw mode', () => {
  it('lets a body that matches the spec through, undocumented fields included', async () => {
    const { getAvatar } = validatingClient('throw', envelope({ ...AVATAR, brand_new_field: 1 }));
    await expect(getAvatar()).resolves.toEqual({ ...AVATAR, brand_new_field: 1 });
  });

  it('fails the call naming the operation, the pointer and the rule of a type change', async () => {
    const { getAvatar } = validatingClient('throw', envelope({ ...AVATAR, name: 42 }));
    const error = await errorOf(getAvatar());
    // A LiveAvatarError from a hook reaches the caller unwrapped (issue #25's last commit).
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).not.toBeInstanceOf(MiddlewareError);
    expect(error.message).toBe(
      'GET /v1/avatars/{avatar_id}: HTTP 200 body does not match the spec at /data/name: type (must be string, got number)',
    );
  });

  it('points at a missing required field itself', async () => {
    const withoutName: Partial<typeof AVATAR> = { ...AVATAR };
    delete withoutName.name;
    const { getAvatar } = validatingClient('throw', envelope(withoutName));
    const error = await errorOf(getAvatar());
    expect(error.message).toContain('at /data/name: required (required by the spec, got missing)');
  });

  it('reports a body that is not JSON as a violation of rule json', async () => {
    const html = () =>
      new Response('<html>oops</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const { getAvatar } = validatingClient('throw', html);
    const error = await errorOf(getAvatar());
    expect(error.message).toContain('at (the whole body): json (must be a JSON body, got not JSON)');
  });

  it('reports an empty body as one, not as text that is not JSON', async () => {
    const empty = () => new Response('', { status: 200, headers: { 'content-type': 'application/json' } });
    const { getAvatar } = validatingClient('throw', empty);
    const error = await errorOf(getAvatar());
    expect(error.message).toContain('at (the whole body): json (must be a JSON body, got an empty body)');
  });

  it('leaves error answers and undeclared statuses to the client', async () => {
    const notFound = () => Response.json({ code: 4004, data: null, message: 'nope' }, { status: 404 });
    const { getAvatar } = validatingClient('throw', notFound);
    const error = await errorOf(getAvatar());
    expect(error.name).toBe('NotFoundError');
  });

  it('never puts a body value in the message, even a credential echoed where a number belongs', async () => {
    const { getAvatar } = validatingClient('throw', envelope({ ...AVATAR, is_1080p: API_KEY }));
    const error = await errorOf(getAvatar());
    expect(error.message).toContain('/data/is_1080p: type (must be boolean, got string)');
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect(String(error.stack)).not.toContain(API_KEY);
  });
});

describe('defaults and unusual tables', () => {
  const getAvatarWith = (middleware: Middleware, answer: Answer) => {
    const { fetch } = fakeFetch(answer);
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 0 });
    client.use(middleware);
    return client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } } });
  };

  it('throws by default', async () => {
    const error = await errorOf(
      getAvatarWith(responseValidation(frozenValidators), envelope({ ...AVATAR, name: 42 })),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it('warns on the console when warn mode has no logger', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const middleware = responseValidation(frozenValidators, { onInvalid: 'warn' });
      await expect(getAvatarWith(middleware, envelope({ ...AVATAR, name: 42 }))).resolves.toMatchObject({
        name: 42,
      });
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]?.[0]).toContain('/data/name: type');
    } finally {
      warn.mockRestore();
    }
  });

  it('lets through the answers of an operation the table does not know', async () => {
    await expect(
      getAvatarWith(responseValidation({}), envelope({ ...AVATAR, name: 42 })),
    ).resolves.toMatchObject({
      name: 42,
    });
  });

  it('blames the whole body when a validator rejects it without saying why', async () => {
    const rejectAll = { 'GET /v1/avatars/{avatar_id}': { '200': () => false } };
    const error = await errorOf(getAvatarWith(responseValidation(rejectAll), envelope(AVATAR)));
    expect(error.message).toContain('at (the whole body): schema (must match, got object)');
  });
});

describe('warn mode', () => {
  it('resolves with the body and warns once per operation and pointer', async () => {
    const { getAvatar, warnings } = validatingClient(
      'warn',
      envelope({ ...AVATAR, name: 42, is_1080p: API_KEY }),
    );
    for (let call = 0; call < 3; call++) await expect(getAvatar()).resolves.toMatchObject({ name: 42 });
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.fields).toEqual({
      method: 'GET',
      path: '/v1/avatars/{avatar_id}',
      status: 200,
      pointer: '/data/name',
      rule: 'type',
    });
    expect(warning?.message).toContain('/data/name: type (must be string, got number)');
    expect(JSON.stringify(warnings)).not.toContain(API_KEY);
  });

  it('warns again for another pointer, not for another rule at the same pointer', async () => {
    const withoutName: Partial<typeof AVATAR> = { ...AVATAR };
    delete withoutName.name;
    const { getAvatar, warnings } = validatingClient(
      'warn',
      envelope({ ...AVATAR, name: 42 }),
      envelope(withoutName),
      envelope({ ...AVATAR, is_1080p: 'yes' }),
    );
    for (let call = 0; call < 3; call++) await getAvatar();
    expect(warnings.map(({ fields }) => `${fields.pointer} ${fields.rule}`)).toEqual([
      '/data/name type',
      '/data/is_1080p type',
    ]);
  });

  it('survives a logger that throws', async () => {
    const { fetch } = fakeFetch(envelope({ ...AVATAR, name: 42 }));
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    client.use(
      responseValidation(frozenValidators, {
        onInvalid: 'warn',
        logger: {
          warn: () => {
            throw new Error('log down');
          },
        },
      }),
    );
    await expect(
      client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: UUID } } }),
    ).resolves.toMatchObject({ name: 42 });
  });
});

describe('the error class and options', () => {
  it('ResponseValidationError is a LiveAvatarError with the violation on it', () => {
    const error = new ResponseValidationError({ method: 'GET', path: '/x' }, 200, {
      pointer: '/data/id',
      rule: 'format',
      expected: 'must match format "uuid"',
      received: 'string',
    });
    expect(error).toBeInstanceOf(LiveAvatarError);
    expect(error.name).toBe('ResponseValidationError');
    expect(error.violation.pointer).toBe('/data/id');
    expect(error.operation).toEqual({ method: 'GET', path: '/x' });
    expect(error.toJSON()).toMatchObject({ name: 'ResponseValidationError', status: 200 });
  });

  it('refuses an unknown mode', () => {
    expect(() => responseValidation(frozenValidators, { onInvalid: 'ignore' as 'warn' })).toThrow(
      "onInvalid must be 'throw' or 'warn', got \"ignore\"",
    );
  });
});
