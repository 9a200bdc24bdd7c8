// Compile-time credential checks on the frozen fixture test/fixtures/credentials-api (its own generated types and
// security map): one operation of each security shape, so every case below exists whatever upstream does.
import { describe, expectTypeOf, it } from 'vitest';
import { createApiClient } from '../../src/index.ts';
import type {
  AccessFor,
  ApiClient,
  ClientOptions,
  GeneratedApi,
  GivenCredentials,
  MissingCredential,
  ResponseDetails,
} from '../../src/index.ts';
import { defaultServerUrl, operationTable } from '../fixtures/credentials-api/generated/client-metadata.ts';
import type { components, paths } from '../fixtures/credentials-api/generated/schema.d.ts';
import type { SecurityMap } from '../fixtures/credentials-api/generated/security-map.ts';
import type { CallablePaths, MapPaths, RejectedPaths } from './support/callable.ts';

type Schemas = components['schemas'];
const fixture: GeneratedApi<paths, SecurityMap> = { operationTable, defaultServerUrl };
const session = { session_id: 's' };
const secret = { name: 'n', value: 'v' };
const transfer = { amount: 1 };

describe('a session-token client', () => {
  const client = createApiClient(fixture, { sessionToken: 'token' });

  it('calls the bearer-only, either-scheme and public operations, with their data types', () => {
    expectTypeOf(client.POST('/sessions/start')).resolves.toEqualTypeOf<Schemas['Session']>();
    expectTypeOf(client.POST('/sessions/keep-alive', { body: session })).resolves.toEqualTypeOf<
      Schemas['Session']
    >();
    expectTypeOf(client.POST('/sessions/stop')).resolves.toEqualTypeOf<Schemas['Session']>();
    expectTypeOf(client.GET('/status')).resolves.toEqualTypeOf<Schemas['Status']>();
    expectTypeOf(client.withResponse.POST('/sessions/start')).resolves.toEqualTypeOf<
      ResponseDetails<Schemas['Session']>
    >();
    expectTypeOf(client.paginate('/catalog')).toEqualTypeOf<
      AsyncGenerator<Schemas['CatalogItem'], void, undefined>
    >();
  });

  it('rejects API-key-only and both-schemes operations on the verbs, withResponse and paginate', () => {
    // @ts-expect-error: GET /secrets needs apiKey
    void client.GET('/secrets');
    // @ts-expect-error: POST /secrets needs apiKey
    void client.POST('/secrets', { body: secret });
    // @ts-expect-error: DELETE /secrets/{secret_id} needs apiKey
    void client.DELETE('/secrets/{secret_id}', { params: { path: { secret_id: 'x' } } });
    // @ts-expect-error: POST /transfers needs apiKey as well
    void client.POST('/transfers', { body: transfer });
    // @ts-expect-error: GET /secrets needs apiKey
    void client.withResponse.GET('/secrets');
    // @ts-expect-error: GET /secrets needs apiKey
    void client.paginate('/secrets');
  });

  it('accepts exactly those paths, and the rejected ones meet a type naming what is missing', () => {
    expectTypeOf<CallablePaths<typeof client.POST, MapPaths<SecurityMap, 'post'>>>().toEqualTypeOf<
      '/sessions/start' | '/sessions/keep-alive' | '/sessions/stop'
    >();
    expectTypeOf<CallablePaths<typeof client.GET, MapPaths<SecurityMap, 'get'>>>().toEqualTypeOf<
      '/status' | '/catalog'
    >();
    expectTypeOf<
      CallablePaths<typeof client.paginate, '/catalog' | '/secrets'>
    >().toEqualTypeOf<'/catalog'>();
    expectTypeOf<Parameters<typeof client.POST<'/transfers'>>[0]>().toEqualTypeOf<
      MissingCredential<'POST /transfers needs apiKey'>
    >();
    expectTypeOf<Parameters<typeof client.GET<'/secrets'>>[0]>().toEqualTypeOf<
      MissingCredential<'GET /secrets needs apiKey'>
    >();
  });

  it('a session token given as a function counts as a session token', () => {
    const refreshing = createApiClient(fixture, { sessionToken: () => Promise.resolve('fresh') });
    expectTypeOf(refreshing).toEqualTypeOf(client);
    void refreshing.POST('/sessions/start');
    // @ts-expect-error: POST /secrets needs apiKey
    void refreshing.POST('/secrets', { body: secret });
  });
});

describe('an API-key client', () => {
  const client = createApiClient(fixture, { apiKey: 'key', baseUrl: 'https://example.test' });

  it('calls API-key, either-scheme and public operations and rejects the bearer-only one', () => {
    void client.GET('/secrets');
    void client.POST('/secrets', { body: secret });
    void client.POST('/sessions/keep-alive', { body: session });
    void client.POST('/sessions/stop');
    void client.GET('/status');
    void client.paginate('/secrets');
    // @ts-expect-error: POST /sessions/start needs sessionToken
    void client.POST('/sessions/start');
    // @ts-expect-error: POST /sessions/start needs sessionToken
    void client.withResponse.POST('/sessions/start');
    // @ts-expect-error: POST /transfers needs sessionToken as well
    void client.POST('/transfers', { body: transfer });
    expectTypeOf<Parameters<typeof client.POST<'/sessions/start'>>[0]>().toEqualTypeOf<
      MissingCredential<'POST /sessions/start needs sessionToken'>
    >();
  });
});

describe('a client without credentials', () => {
  it('calls only the public operations; the message lists every way to authorize', () => {
    const client = createApiClient(fixture, { baseUrl: 'https://example.test' });
    void client.GET('/status');
    void client.paginate('/catalog');
    // @ts-expect-error: POST /sessions/stop needs sessionToken or apiKey
    void client.POST('/sessions/stop');
    expectTypeOf<CallablePaths<typeof client.GET, MapPaths<SecurityMap, 'get'>>>().toEqualTypeOf<
      '/status' | '/catalog'
    >();
    expectTypeOf<RejectedPaths<typeof client.POST, MapPaths<SecurityMap, 'post'>>>().toEqualTypeOf<
      MapPaths<SecurityMap, 'post'>
    >();
    expectTypeOf<Parameters<typeof client.POST<'/sessions/stop'>>[0]>().toEqualTypeOf<
      MissingCredential<'POST /sessions/stop needs sessionToken or apiKey'>
    >();
    expectTypeOf<Parameters<typeof client.POST<'/transfers'>>[0]>().toEqualTypeOf<
      MissingCredential<'POST /transfers needs apiKey + sessionToken'>
    >();
  });
});

describe('clients that can call everything', () => {
  it('both credentials', () => {
    const client = createApiClient(fixture, { apiKey: 'key', sessionToken: () => 'token' });
    void client.POST('/sessions/start');
    void client.POST('/secrets', { body: secret });
    void client.POST('/transfers', { body: transfer });
    void client.paginate('/secrets');
    expectTypeOf<RejectedPaths<typeof client.POST, MapPaths<SecurityMap, 'post'>>>().toEqualTypeOf<never>();
    expectTypeOf<RejectedPaths<typeof client.GET, MapPaths<SecurityMap, 'get'>>>().toEqualTypeOf<never>();
  });

  it('wide ClientOptions (credentials unknown at compile time), and explicit type arguments', () => {
    const options: ClientOptions = { sessionToken: 'token' };
    const wide = createApiClient(fixture, options);
    void wide.POST('/sessions/start');
    void wide.POST('/secrets', { body: secret });
    void wide.POST('/transfers', { body: transfer });
    expectTypeOf(wide).toEqualTypeOf<ApiClient<paths, AccessFor<SecurityMap, 'apiKey' | 'sessionToken'>>>();
    const explicit = createApiClient<paths, SecurityMap>(fixture, { sessionToken: 'token' });
    void explicit.POST('/secrets', { body: secret });
    expectTypeOf<
      RejectedPaths<typeof explicit.DELETE, MapPaths<SecurityMap, 'delete'>>
    >().toEqualTypeOf<never>();
  });

  it('a credential typed `string | undefined` counts as given; one typed `undefined` does not', () => {
    const maybe = createApiClient(fixture, { apiKey: process.env.FIXTURE_KEY });
    void maybe.POST('/secrets', { body: secret });
    const absent = createApiClient(fixture, { apiKey: undefined, sessionToken: 'token' });
    // @ts-expect-error: POST /secrets needs apiKey
    void absent.POST('/secrets', { body: secret });
    expectTypeOf<GivenCredentials<{ apiKey: string | undefined }>>().toEqualTypeOf<'apiKey'>();
    expectTypeOf<GivenCredentials<{ apiKey: undefined; sessionToken?: never }>>().toEqualTypeOf<never>();
  });
});

describe('the options stay checked although their type is inferred', () => {
  it('unknown keys and wrong values are errors', () => {
    // @ts-expect-error: apikey is not an option (apiKey is)
    createApiClient(fixture, { apikey: 'key' });
    // @ts-expect-error: timeout is a number
    createApiClient(fixture, { apiKey: 'key', timeout: '10s' });
  });
});
