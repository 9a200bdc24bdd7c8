import type { Client, ClientPathsWithMethod, MaybeOptionalInit } from 'openapi-fetch';
import type { AnyCredentials, CallablePath, CredentialAccess } from './credential-types.ts';
import type { CallOptions } from './options.ts';

/** The HTTP methods the facade exposes. */
export type FacadeMethod = 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options';

/** openapi-fetch options the facade owns itself (transport, parsing, redirects, base URL). */
type FacadeOwnedKeys =
  'fetch' | 'Request' | 'parseAs' | 'middleware' | 'baseUrl' | 'redirect' | 'bodySerializer';

/** openapi-fetch options the facade owns itself; a call may not set them. */
type FacadeOwned = { [Key in FacadeOwnedKeys]?: never };

/** The typed init openapi-fetch derives from the spec: params (path, query, header) and body. */
export type SpecInit<Paths, Path extends keyof Paths, Method> = MaybeOptionalInit<
  Paths[Path],
  Method & keyof Paths[Path]
>;

type RequiredKeysOf<T> = { [Key in keyof T]-?: object extends Pick<T, Key> ? never : Key }[keyof T];

/**
 * The init argument: optional exactly when the operation has no required params or body. `Init` is inferred
 * from the argument, as openapi-fetch does, so TypeScript infers `Path` from the first argument alone.
 */
export type CallArgs<Init> =
  RequiredKeysOf<NonNullable<Init>> extends never
    ? [init?: NonNullable<Init> & CallOptions & FacadeOwned]
    : [init: NonNullable<Init> & CallOptions & FacadeOwned];

/** The full init type of one call (for wrappers that build inits). */
export type CallInit<Paths, Path extends keyof Paths, Method> = NonNullable<SpecInit<Paths, Path, Method>> &
  CallOptions &
  FacadeOwned;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | '2XX';

/** A response's body type: its (JSON) content, or undefined when it declares none (204). */
type ContentOf<Response> = Response extends { content: infer Content }
  ? [keyof Content] extends [never]
    ? undefined
    : Content[keyof Content]
  : undefined;

/** The union of an operation's success bodies, read straight from its `responses`. */
type SuccessBody<Operation> = Operation extends { responses: infer Responses }
  ? {
      [Status in keyof Responses]: Status extends SuccessStatus ? ContentOf<Responses[Status]> : never;
    }[keyof Responses]
  : never;

/** `{code, data, message}` → data, with null removed unless null is all the spec allows. */
export type Unwrap<Body> = [Body] extends [never]
  ? undefined
  : Body extends object
    ? 'data' extends keyof Body
      ? 'code' extends keyof Body
        ? [Exclude<Body['data'], null | undefined>] extends [never]
          ? Exclude<Body['data'], undefined>
          : Exclude<Body['data'], null | undefined>
        : Body
      : Body
    : Body;

/** What a call resolves to: the unwrapped `data` of the operation's success response. */
export type OperationData<Paths, Path extends keyof Paths, Method extends keyof Paths[Path]> = Unwrap<
  SuccessBody<Paths[Path][Method]>
>;

export type PathsFor<Paths, Method extends FacadeMethod> = ClientPathsWithMethod<
  Client<Paths & object>,
  Method
>;

export type FacadeCall<
  Paths,
  Method extends FacadeMethod,
  Access extends CredentialAccess = AnyCredentials,
> = <Path extends PathsFor<Paths, Method>, Init extends SpecInit<Paths, Path, Method>>(
  path: CallablePath<Access, Path, Method>,
  ...init: CallArgs<Init>
) => Promise<OperationData<Paths, Path, Method & keyof Paths[Path]>>;

/** Everything about a successful call, for when `data` alone is not enough. */
export interface ResponseDetails<Data> {
  data: Data;
  status: number;
  headers: Headers;
  /** The envelope's code and message (undefined for non-envelope bodies). */
  code: number | undefined;
  message: string | undefined;
  /** The request id header, when the server sent one. */
  requestId: string | undefined;
  /** How many attempts it took. */
  attempts: number;
}

export type FacadeCallWithResponse<
  Paths,
  Method extends FacadeMethod,
  Access extends CredentialAccess = AnyCredentials,
> = <Path extends PathsFor<Paths, Method>, Init extends SpecInit<Paths, Path, Method>>(
  path: CallablePath<Access, Path, Method>,
  ...init: CallArgs<Init>
) => Promise<ResponseDetails<OperationData<Paths, Path, Method & keyof Paths[Path]>>>;

/** `{count, next, previous, results}`; next/previous may be optional in the spec, but must be declared. */
type PageItemOf<Data> = Data extends { count: number; results: (infer Item)[] }
  ? 'next' | 'previous' extends keyof Data
    ? [Item]
    : never
  : never;

type HasPageQuery<Operation> = Operation extends { parameters: { query?: infer Query } }
  ? 'page' extends keyof NonNullable<Query>
    ? 'page_size' extends keyof NonNullable<Query>
      ? true
      : false
    : false
  : false;

/** GET paths whose query has page/page_size and whose data is `{count, next, previous, results}`. */
export type PaginatedPath<Paths> = {
  [Path in keyof Paths]: Paths[Path] extends { get: infer Operation }
    ? HasPageQuery<Operation> extends true
      ? [PageItemOf<Unwrap<SuccessBody<Operation>>>] extends [never]
        ? never
        : Path
      : never
    : never;
}[keyof Paths];

/** One element of a paginated operation's `results`. */
export type PageItem<Paths, Path extends keyof Paths> = Paths[Path] extends { get: infer Operation }
  ? PageItemOf<Unwrap<SuccessBody<Operation>>>[0]
  : never;
