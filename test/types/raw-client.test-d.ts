// The `liveavatar-client/raw` entry and the credential middleware: openapi-fetch's own Client type over the
// generated paths, and openapi-fetch's own Middleware, so both compose with any openapi-fetch code.
import type { Client, Middleware } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import type { ClientOptions, paths } from '../../src/index.ts';
import { createLiveAvatarRawClient, liveAvatarAuth } from '../../src/raw.ts';
import type { AuthOptions, RawClientOptions } from '../../src/raw.ts';

describe('liveavatar-client/raw', () => {
  it('createLiveAvatarRawClient is an openapi-fetch Client over the generated paths', () => {
    expectTypeOf(createLiveAvatarRawClient).returns.toEqualTypeOf<Client<paths>>();
    expectTypeOf(createLiveAvatarRawClient).returns.not.toBeAny();
  });

  it('liveAvatarAuth is an openapi-fetch Middleware', () => {
    expectTypeOf(liveAvatarAuth).returns.toEqualTypeOf<Middleware>();
  });

  it('their options are the client options that concern credentials and transport', () => {
    expectTypeOf<AuthOptions>().toExtend<ClientOptions>();
    expectTypeOf<RawClientOptions>().toExtend<ClientOptions>();
    // @ts-expect-error: the raw client neither retries nor times out
    liveAvatarAuth({ maxRetries: 2 });
  });
});
