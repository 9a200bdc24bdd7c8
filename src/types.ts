import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { CallOptions } from './options.ts';

/** The HTTP methods the facade exposes. */
export type FacadeMethod = 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options';

/** openapi-fetch options the facade owns itself (transport, parsing, redirects, base URL). */
type FacadeOwnedKeys =
  'fetch' | 'Request' | 'parseAs' | 'middleware' | 'baseUrl' | 'redirect' | 'bodySerializer';

/** The init a call takes: typed params and body from the spec, plus timeout/maxRetries/signal. */
export type CallInit<Paths, Path extends keyof Paths, Method extends keyof Paths[Path]> = Omit<
  NonNullable<MaybeOptionalInit<Paths[Path], Method>>,
  FacadeOwnedKeys
> &
  CallOptions;

/** The init argument is optional exactly when the operation has no required params or body. */
export type CallArgs<Paths, Path extends keyof Paths, Method extends keyof Paths[Path]> =
  undefined extends MaybeOptionalInit<Paths[Path], Method>
    ? [init?: CallInit<Paths, Path, Method>]
    : [init: CallInit<Paths, Path, Method>];

/** The decoded success body openapi-fetch types for an operation (never for bodiless answers). */
type SuccessBody<Operation> = FetchResponse<
  Operation & Record<string | number, unknown>,
  object,
  `${string}/${string}`
>['data'];

/** `{code, data, message}` → data, with null removed unless null is all the spec allows. */
export type Unwrap<Body> = [Body] extends [never]
  ? undefined
  : [Body] extends [undefined]
    ? undefined
    : Body extends object
      ? 'data' extends keyof Body
        ? 'code' extends keyof Body
          ? [Exclude<Body['data'], null | undefined>] extends [never]
            ? Body['data']
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

export type FacadeCall<Paths, Method extends FacadeMethod> = <Path extends PathsFor<Paths, Method>>(
  path: Path,
  ...init: CallArgs<Paths, Path, Method & keyof Paths[Path]>
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

export type FacadeCallWithResponse<Paths, Method extends FacadeMethod> = <
  Path extends PathsFor<Paths, Method>,
>(
  path: Path,
  ...init: CallArgs<Paths, Path, Method & keyof Paths[Path]>
) => Promise<ResponseDetails<OperationData<Paths, Path, Method & keyof Paths[Path]>>>;

type PageShape<Item> = { count: number; results: Item[] } & Record<'next' | 'previous', unknown>;

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
      ? Unwrap<SuccessBody<Operation>> extends PageShape<unknown>
        ? Path
        : never
      : never
    : never;
}[keyof Paths];

/** One element of a paginated operation's `results`. */
export type PageItem<Paths, Path extends keyof Paths> = Paths[Path] extends { get: infer Operation }
  ? Unwrap<SuccessBody<Operation>> extends PageShape<infer Item>
    ? Item
    : never
  : never;
