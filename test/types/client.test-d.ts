import { describe, expectTypeOf, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  createLiveAvatarClient,
  LiveAvatarError,
  MissingCredentialError,
  UnprocessableEntityError,
} from '../../src/index.ts';
import type { LiveAvatarClient, ResponseDetails, ValidationErrorDetail } from '../../src/index.ts';
import { createFrozenClient } from '../support/frozen-api.ts';
import type { FrozenSchemas } from '../support/frozen-api.ts';

// Response types are pinned on the frozen November 2026 fixture's generated types (test/fixtures/liveavatar-2026-11),
// so an upstream update cannot break them; the facade's typing is the same for any generated `paths`.
type Schemas = FrozenSchemas;
const client = createFrozenClient({ apiKey: 'key' });
const uuid = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('calls resolve to the unwrapped envelope data, typed from the spec', () => {
  it('POST /v1/secrets → { id, secret_name }', () => {
    const created = client.POST('/v1/secrets', {
      body: { secret_name: 'openai', secret_value: 'sk-…', secret_type: 'OPENAI_API_KEY' },
    });
    expectTypeOf(created).resolves.toEqualTypeOf<Schemas['CreateSecretResponseSchema']>();
    expectTypeOf(created).resolves.toHaveProperty('id').toEqualTypeOf<string>();
    expectTypeOf(created).resolves.toHaveProperty('secret_name').toEqualTypeOf<string>();
    expectTypeOf(created).resolves.toEqualTypeOf<{ id: string; secret_name: string }>();
  });

  it('GET with a path param, PATCH with a required body, DELETE with null-only data', () => {
    const avatar = client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: uuid } } });
    expectTypeOf(avatar).resolves.toEqualTypeOf<Schemas['AvatarSchema']>();
    const context = client.PATCH('/v1/contexts/{context_id}', {
      params: { path: { context_id: uuid } },
      body: { name: 'n', prompt: 'p', opening_text: 'hi' },
    });
    expectTypeOf(context).resolves.toEqualTypeOf<Schemas['ContextDetailSchema']>();
    expectTypeOf(
      client.DELETE('/v1/secrets/{secret_id}', { params: { path: { secret_id: uuid } } }),
    ).resolves.toBeNull();
  });

  it('201 (POST /v1/sessions/start) is data; 204 (DELETE /v1/memory/{id}) is undefined', () => {
    const started = client.POST('/v1/sessions/start');
    expectTypeOf(started).resolves.toEqualTypeOf<Schemas['StartSessionResponseSchema']>();
    expectTypeOf(
      client.DELETE('/v1/memory/{memory_id}', { params: { path: { memory_id: uuid } } }),
    ).resolves.toBeUndefined();
  });

  it('lists keep their page shape; paginate yields the items', () => {
    const page = client.GET('/v1/avatars/public');
    expectTypeOf(page).resolves.toEqualTypeOf<Schemas['PaginatedResponse_AvatarSchema_']>();
    const avatars = client.paginate('/v1/avatars');
    expectTypeOf(avatars).toEqualTypeOf<AsyncGenerator<Schemas['AvatarSchema'], void, undefined>>();
    const voices = client.paginate('/v1/voices', { params: { query: { page_size: 50 } } });
    expectTypeOf(voices).toEqualTypeOf<AsyncGenerator<Schemas['VoiceSchema'], void, undefined>>();
  });

  it('withResponse carries status, headers, envelope code and message', () => {
    const languages = client.withResponse.GET('/v1/languages');
    expectTypeOf(languages).resolves.toEqualTypeOf<ResponseDetails<Schemas['LanguageSchema'][]>>();
    expectTypeOf(languages).resolves.toHaveProperty('status').toEqualTypeOf<number>();
    expectTypeOf(languages).resolves.toHaveProperty('code').toEqualTypeOf<number | undefined>();
  });
});

describe('wrong calls are compile errors', () => {
  it('unknown paths, wrong methods, missing path params', () => {
    // @ts-expect-error: no such path
    void client.GET('/v1/avatar');
    // @ts-expect-error: /v1/secrets has no PATCH
    void client.PATCH('/v1/secrets');
    // @ts-expect-error: the path param is required
    void client.GET('/v1/avatars/{avatar_id}');
    // @ts-expect-error: the path param is required inside params
    void client.GET('/v1/avatars/{avatar_id}', { params: { path: {} } });
  });

  it('required bodies, wrong body fields, required discriminator', () => {
    // @ts-expect-error: POST /v1/secrets needs a body
    void client.POST('/v1/secrets');
    // @ts-expect-error: secret_type is required
    void client.POST('/v1/secrets', { body: { secret_name: 'n', secret_value: 'v' } });
    void client.POST('/v1/secrets', {
      // @ts-expect-error: unknown body field
      body: { secret_name: 'n', secret_value: 'v', secret_type: 'OPENAI_API_KEY', colour: 'red' },
    });
    // @ts-expect-error: mode is required by our fix-up so the Full/Lite union discriminates
    void client.POST('/v1/sessions/token', { body: { avatar_id: uuid, avatar_persona: {} } });
    void client.POST('/v1/sessions/token', { body: { mode: 'LITE', avatar_id: uuid } });
  });

  it('optional bodies may be omitted; pagination only for paginated paths', () => {
    void client.POST('/v1/sessions/stop');
    void client.POST('/v1/sessions/keep-alive', { body: { session_id: uuid } });
    // @ts-expect-error: /v1/secrets is not page/page_size paginated
    void client.paginate('/v1/secrets');
  });

  it('per-call options sit next to params and body', () => {
    void client.GET('/v1/languages', { timeout: 1000, maxRetries: 0, signal: AbortSignal.timeout(5) });
    // @ts-expect-error: the facade owns the transport
    void client.GET('/v1/languages', { fetch: globalThis.fetch });
  });
});

describe('the error hierarchy is typed', () => {
  it('subclasses and their fields', () => {
    expectTypeOf<UnprocessableEntityError>().toExtend<ApiError>();
    expectTypeOf<AuthenticationError>().toExtend<ApiError>();
    expectTypeOf<ApiError>().toExtend<LiveAvatarError>();
    expectTypeOf<MissingCredentialError>().toExtend<LiveAvatarError>();
    expectTypeOf<UnprocessableEntityError['detail']>().toEqualTypeOf<ValidationErrorDetail[]>();
    expectTypeOf<ApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf<ApiError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LiveAvatarError['attempts']>().toEqualTypeOf<number>();
  });
});

describe('no any leaks into the public API', () => {
  it('call results and the client are free of any', () => {
    expectTypeOf(client.GET('/v1/avatars')).resolves.not.toBeAny();
    expectTypeOf(client.GET('/v1/avatars')).resolves.toHaveProperty('results').items.not.toBeAny();
    expectTypeOf(client.POST).not.toBeAny();
    expectTypeOf<ApiError['body']>().not.toBeAny();
    expectTypeOf<Parameters<typeof createLiveAvatarClient>[0]>().not.toBeAny();
    // Today's client too, without naming any of today's operations.
    expectTypeOf(
      createLiveAvatarClient({ apiKey: 'key', sessionToken: 'token' }),
    ).toEqualTypeOf<LiveAvatarClient>();
    expectTypeOf<LiveAvatarClient['GET']>().not.toBeAny();
    expectTypeOf<LiveAvatarClient['use']>().not.toBeAny();
  });
});
