// Compile-time credential checks over the live generated security map, for every method and call surface. No
// operation is named: the path sets come from generated/security-map.ts, so an upstream change needs no edit.
import { describe, expectTypeOf, it } from 'vitest';
import { createLiveAvatarClient } from '../../src/index.ts';
import type { ClientOptions, LiveAvatarClient, paths, SecurityMap } from '../../src/index.ts';
import type { FacadeMethod, PaginatedPath, PathsFor } from '../../src/types.ts';
import type {
  CallablePaths,
  MapPaths,
  PathsAcceptingAlone,
  PathsNeeding,
  PublicPaths,
  RejectedPaths,
  VerbCalls,
} from './support/callable.ts';

const tokenClient = createLiveAvatarClient({ sessionToken: () => 'token' });
const keyClient = createLiveAvatarClient({ apiKey: 'key' });
const anonymous = createLiveAvatarClient();
const bothClient = createLiveAvatarClient({ apiKey: 'key', sessionToken: 'token' });
const wideOptions: ClientOptions = {};
const wideClient = createLiveAvatarClient(wideOptions);

type Surfaces<Client extends { withResponse: unknown }> = {
  verbs: VerbCalls<Client>;
  withResponse: VerbCalls<Client['withResponse']>;
};

/** Per method and surface, the paths of `Expected` the client wrongly rejects (should be never). */
type WronglyRejected<
  Client extends { withResponse: unknown },
  Expected extends Record<FacadeMethod, unknown>,
> = {
  [Surface in keyof Surfaces<Client>]: {
    [Method in FacadeMethod]: RejectedPaths<Surfaces<Client>[Surface][Method], Expected[Method]>;
  };
};

/** Per method and surface, the paths of `Forbidden` the client wrongly accepts (should be never). */
type WronglyAccepted<
  Client extends { withResponse: unknown },
  Forbidden extends Record<FacadeMethod, unknown>,
> = {
  [Surface in keyof Surfaces<Client>]: {
    [Method in FacadeMethod]: CallablePaths<Surfaces<Client>[Surface][Method], Forbidden[Method]>;
  };
};

type Nothing = Record<'verbs' | 'withResponse', Record<FacadeMethod, never>>;
type AllPaths = { [Method in FacadeMethod]: MapPaths<SecurityMap, Method> };
type Public = { [Method in FacadeMethod]: PublicPaths<SecurityMap, Method> };
type NeedingApiKey = { [Method in FacadeMethod]: PathsNeeding<SecurityMap, Method, 'apiKey'> };
type NeedingToken = { [Method in FacadeMethod]: PathsNeeding<SecurityMap, Method, 'sessionToken'> };
type TokenAlone = { [Method in FacadeMethod]: PathsAcceptingAlone<SecurityMap, Method, 'sessionToken'> };
type KeyAlone = { [Method in FacadeMethod]: PathsAcceptingAlone<SecurityMap, Method, 'apiKey'> };
type NonPublic = { [Method in FacadeMethod]: Exclude<AllPaths[Method], Public[Method]> };

describe('the generated security map', () => {
  it('lists exactly the operations of the generated paths', () => {
    expectTypeOf<{ [Method in FacadeMethod]: PathsFor<paths, Method> }>().toEqualTypeOf<AllPaths>();
  });
});

describe('a session-token client (sessionToken as a function)', () => {
  it('rejects every operation that needs apiKey in all its alternatives', () => {
    expectTypeOf<WronglyAccepted<typeof tokenClient, NeedingApiKey>>().toEqualTypeOf<Nothing>();
    expectTypeOf<CallablePaths<typeof tokenClient.paginate, PaginatedPath<paths>>>().toEqualTypeOf<
      Exclude<PaginatedPath<paths>, NeedingApiKey['get']>
    >();
  });

  it('calls every operation a session token alone authorizes, and every public one', () => {
    expectTypeOf<WronglyRejected<typeof tokenClient, TokenAlone>>().toEqualTypeOf<Nothing>();
    expectTypeOf<WronglyRejected<typeof tokenClient, Public>>().toEqualTypeOf<Nothing>();
  });

  it('is what LiveAvatarClient<"sessionToken"> names', () => {
    expectTypeOf(tokenClient).toEqualTypeOf<LiveAvatarClient<'sessionToken'>>();
  });
});

describe('an API-key client', () => {
  it('rejects every operation that needs a session token in all its alternatives', () => {
    expectTypeOf<WronglyAccepted<typeof keyClient, NeedingToken>>().toEqualTypeOf<Nothing>();
  });

  it('calls every operation the API key alone authorizes, and every public one', () => {
    expectTypeOf<WronglyRejected<typeof keyClient, KeyAlone>>().toEqualTypeOf<Nothing>();
    expectTypeOf<WronglyRejected<typeof keyClient, Public>>().toEqualTypeOf<Nothing>();
    expectTypeOf(keyClient).toEqualTypeOf<LiveAvatarClient<'apiKey'>>();
  });
});

describe('a client created without options', () => {
  it('calls the public operations only', () => {
    expectTypeOf<WronglyRejected<typeof anonymous, Public>>().toEqualTypeOf<Nothing>();
    expectTypeOf<WronglyAccepted<typeof anonymous, NonPublic>>().toEqualTypeOf<Nothing>();
    expectTypeOf(anonymous).toEqualTypeOf<LiveAvatarClient<never>>();
  });
});

describe('clients that can call every operation', () => {
  it('both credentials', () => {
    expectTypeOf<WronglyRejected<typeof bothClient, AllPaths>>().toEqualTypeOf<Nothing>();
    expectTypeOf(bothClient).toEqualTypeOf<LiveAvatarClient>();
    expectTypeOf<RejectedPaths<typeof bothClient.paginate, PaginatedPath<paths>>>().toEqualTypeOf<never>();
  });

  it('wide ClientOptions: LiveAvatarClient, as before', () => {
    expectTypeOf<WronglyRejected<typeof wideClient, AllPaths>>().toEqualTypeOf<Nothing>();
    expectTypeOf(wideClient).toEqualTypeOf<LiveAvatarClient>();
  });
});
