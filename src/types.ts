import type {
  HeadersOptions,
  MaybeOptionalInit,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from 'openapi-fetch';
import type { AnyCredentials, CallablePath, CredentialAccess } from './credential-types.ts';
import type { CallOptions } from './options.ts';

// Why these types read the generated operation objects directly instead of going through openapi-fetch's Client
// and MaybeOptionalInit (issue #21): a call's init is a declared parameter type, never inferred from the
// argument, so TypeScript's own excess-property check names every unknown property (all-optional bodies too);
// and nothing compares openapi-fetch's Client to itself, which made TypeScript measure its variance: ~150k
// type instantiations in every program that used the facade.

/** The HTTP methods the facade exposes. */
export type FacadeMethod = 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options';

/** The paths that have this method (openapi-typescript writes `method?: never` for the others). */
export type PathsFor<Paths, Method extends FacadeMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [Key in Method]: object } ? Path : never;
}[keyof Paths];

/** The operation object of one path and method, as openapi-typescript generates it. */
type OperationOf<Paths, Path extends keyof Paths, Method> = Paths[Path][Method & keyof Paths[Path]];

/** The typed init openapi-fetch derives from the spec: params (path, query, header) and body. */
export type SpecInit<Paths, Path extends keyof Paths, Method> = MaybeOptionalInit<
  Paths[Path],
  Method & keyof Paths[Path]
>;

/** `params`, required exactly when one of its parameter objects is. */
type ParamsPart<Operation> = Operation extends { parameters: infer Params }
  ? object extends Params
    ? { params?: Params }
    : { params: Params }
  : { params?: never };

/** The request body's type over its media types; never without one. */
type BodyOf<Operation> = Operation extends { requestBody?: { content: infer Content } }
  ? Content[keyof Content]
  : never;

/** `body`, required exactly when the spec requires it; `body?: never` when the operation takes none. */
type BodyPart<Operation> = [BodyOf<Operation>] extends [never]
  ? { body?: never }
  : Operation extends { requestBody: object }
    ? { body: BodyOf<Operation> }
    : { body?: BodyOf<Operation> };

/** openapi-fetch options the facade owns itself (transport, parsing, redirects, base URL); a call may not set them. */
interface FacadeOwned {
  fetch?: never;
  Request?: never;
  parseAs?: never;
  middleware?: never;
  baseUrl?: never;
  redirect?: never;
  bodySerializer?: never;
}

/** What every call may pass next to params and body: the facade's options and the RequestInit fields it forwards. */
interface RequestOptions
  extends CallOptions, FacadeOwned, Omit<RequestInit, 'body' | 'headers' | 'redirect' | 'signal'> {
  headers?: HeadersOptions;
  pathSerializer?: PathSerializer;
}

/**
 * The init argument of one call, a declared type (never inferred from the argument): an object literal with a
 * property the spec does not know is TypeScript's excess-property error, at any depth of params and body.
 */
export type CallInit<Paths, Path extends keyof Paths, Method> = ParamsPart<OperationOf<Paths, Path, Method>> &
  BodyPart<OperationOf<Paths, Path, Method>> &
  RequestOptions & {
    querySerializer?: QuerySerializer<OperationOf<Paths, Path, Method>> | QuerySerializerOptions;
  };

/** True when the operation needs an init: a required parameter object or a required body. */
type NeedsInit<Operation> = Operation extends { requestBody: object }
  ? true
  : Operation extends { parameters: infer Params }
    ? object extends Params
      ? false
      : true
    : false;

/** The rest parameter of a call: the init, optional exactly when the operation needs none. */
export type InitArgs<Paths, Path extends keyof Paths, Method> =
  NeedsInit<OperationOf<Paths, Path, Method>> extends true
    ? [init: CallInit<Paths, Path, Method>]
    : [init?: CallInit<Paths, Path, Method>];

type RequiredKeysOf<T> = { [Key in keyof T]-?: object extends Pick<T, Key> ? never : Key }[keyof T];

/**
 * An init argument typed from an inferred `Init` (for wrappers written against openapi-fetch's init types):
 * optional exactly when it has no required params or body. The facade's own methods use CallInit.
 */
export type CallArgs<Init> =
  RequiredKeysOf<NonNullable<Init>> extends never
    ? [init?: NonNullable<Init> & CallOptions & FacadeOwned]
    : [init: NonNullable<Init> & CallOptions & FacadeOwned];

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

/** One verb of the client: `Path` is inferred from the first argument alone; the init's type follows from it. */
export type FacadeCall<
  Paths,
  Method extends FacadeMethod,
  Access extends CredentialAccess = AnyCredentials,
> = <Path extends PathsFor<Paths, Method>>(
  path: CallablePath<Access, Path, Method>,
  ...init: InitArgs<Paths, Path, Method>
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
> = <Path extends PathsFor<Paths, Method>>(
  path: CallablePath<Access, Path, Method>,
  ...init: InitArgs<Paths, Path, Method>
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
