/**
 * Every type of the client and none of its code: the options, the generated half of a client (its operation
 * table), which operations a client's credentials can call (compile time), and the typed calls and results.
 * Nothing here is imported at run time, so every other module can read these without depending on another.
 */
import type {
  HeadersOptions,
  MaybeOptionalInit,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from 'openapi-fetch';

// ---- Options ----

/** Receives one structured line per attempt, retry and failure. Request headers and bodies are never passed. */
export interface Logger {
  debug?(message: string, fields: LogFields): void;
  info?(message: string, fields: LogFields): void;
  warn?(message: string, fields: LogFields): void;
  error?(message: string, fields: LogFields): void;
}

export interface LogFields {
  method: string;
  /** The path template (`/v1/avatars/{avatar_id}`), never the filled-in URL. */
  path: string;
  attempt: number;
  status?: number | undefined;
  durationMs?: number | undefined;
  requestId?: string | undefined;
  retryInMs?: number | undefined;
  error?: string | undefined;
}

/** A session token, or a function that returns the current one (called once per attempt, so it may refresh). */
export type SessionTokenSource = string | (() => string | Promise<string>);

export interface ClientOptions {
  /** LiveAvatar API key, sent in the header the spec names (X-API-KEY). Server side only. */
  apiKey?: string | undefined;
  /** Session token from POST /v1/sessions/token, sent as `Authorization: Bearer …`. Safe for browsers. */
  sessionToken?: SessionTokenSource | undefined;
  /** Default: the spec's first server, https://api.liveavatar.com. */
  baseUrl?: string | undefined;
  /** Custom fetch implementation (default: globalThis.fetch). */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Per-attempt timeout in ms, including reading the body. Default 60 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /** Silent unless given. */
  logger?: Logger | undefined;
  /** Allow `apiKey` in a browser page, where every visitor can read it. Default false. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** Allow credentials over plain http to a non-loopback host. Default false. */
  allowInsecureHttp?: boolean | undefined;
}

/** Options each call accepts next to its params and body; they win over the client's. */
export interface CallOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  signal?: AbortSignal | undefined;
}

// ---- The generated operation table ----

/** A security scheme as the spec declares it; the client reads where a credential goes from here. */
export interface SecuritySchemeEntry {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

/**
 * What the success body of an operation is, so the client knows how to decode it:
 * `data` — the `{code, data, message}` envelope with non-null data; `data?` — the envelope, data may be null;
 * `json` — plain JSON passed through; `` — no body declared.
 */
export type SuccessBodyKind = 'data' | 'data?' | 'json' | '';

/**
 * The run-time metadata generated from the spec (generated/client-metadata.ts). Security is a compact string:
 * alternatives split by "|", schemes needed together by "+", "" for no credential.
 */
export interface OperationTable {
  securitySchemes: Readonly<Record<string, SecuritySchemeEntry>>;
  operations: Readonly<Record<string, readonly [security: string, body: SuccessBodyKind]>>;
}

/**
 * The generated half of a client: the spec's operation table and default server. Annotate it as
 * `GeneratedApi<paths, SecurityMap>` and createApiClient infers both, checking credentials at compile time.
 */
export interface GeneratedApi<Paths extends object = object, Security extends object = object> {
  operationTable: OperationTable;
  defaultServerUrl: string;
  /** Type only, never set: carries the generated `paths` and `SecurityMap` to createApiClient's inference. */
  readonly '~types'?: { paths: Paths; security: Security } | undefined;
}

// ---- Credentials at compile time ----
// Which operations a client can call, given the credentials it was created with and the security map generated
// from the spec (generated/security-map.ts).

/** The client options that carry a credential; the generated security map states each operation's needs in them. */
export type CredentialName = 'apiKey' | 'sessionToken';

/**
 * The credentials an options type gives: the key is present and not typed `undefined`. An optional key (a
 * credential that may or may not be there, as in the wide `ClientOptions`) counts as given, so wide options keep
 * every operation callable and the run-time MissingCredentialError decides.
 */
export type GivenCredentials<Options> = {
  [Name in CredentialName]: Name extends keyof Options
    ? [NonNullable<Options[Name]>] extends [never]
      ? never
      : Name
    : never;
}[CredentialName];

/**
 * What a client may call: `security` is a generated SecurityMap (path → method → alternatives, each a tuple of
 * credentials needed together) and `given` the credentials the client holds.
 */
export interface CredentialAccess {
  security: object;
  given: CredentialName;
}

/** The options of a client created without any: no credential, so only public operations are callable. */
export interface NoCredentials {
  apiKey?: undefined;
  sessionToken?: undefined;
}

/** The access of a client holding the `Given` credentials, checked against `Security`. */
export interface AccessFor<Security extends object, Given extends CredentialName> {
  security: Security;
  given: Given;
}

/** A client whose credentials are unknown at compile time (wide options): every operation is callable. */
export type AnyCredentials = AccessFor<object, CredentialName>;

/**
 * The options parameter of the client factories (`Options extends ClientOptions`): keys ClientOptions lacks are
 * rejected, as an excess-property check would (inferring `Options` from the argument skips that check).
 */
export type CheckedOptions<Options> = Options & {
  [Key in Exclude<keyof Options, keyof ClientOptions>]: never;
};

/** An operation's alternatives from the map; an operation the map does not list has none to satisfy. */
type Requirement<Security, Path, Method> = Path extends keyof Security
  ? Method extends keyof Security[Path]
    ? Security[Path][Method]
    : []
  : [];

/** True when one alternative (a tuple of credentials needed together) needs only what the client holds. */
type AlternativeMet<Alternative, Given> = Alternative extends readonly unknown[]
  ? Alternative[number] extends Given
    ? true
    : false
  : false;

/** No alternatives (a public operation), or at least one the client meets. */
type Satisfied<Alternatives, Given> = Alternatives extends readonly []
  ? true
  : Alternatives extends readonly unknown[]
    ? true extends AlternativeMet<Alternatives[number], Given>
      ? true
      : false
    : true;

/** The credentials of one alternative that the client lacks, in order. */
type Missing<Alternative, Given> = Alternative extends readonly [infer Head, ...infer Rest]
  ? Head extends Given
    ? Missing<Rest, Given>
    : [Head, ...Missing<Rest, Given>]
  : [];

type Join<Items, Separator extends string> = Items extends readonly [infer Only extends string]
  ? Only
  : Items extends readonly [infer Head extends string, ...infer Rest]
    ? `${Head}${Separator}${Join<Rest, Separator>}`
    : '';

/** Each alternative's missing credentials joined by " + ", the alternatives by " or ": "apiKey or sessionToken". */
type DescribeMissing<Alternatives, Given> = Alternatives extends readonly [infer First, ...infer Rest]
  ? Rest extends readonly []
    ? Join<Missing<First, Given>, ' + '>
    : `${Join<Missing<First, Given>, ' + '>} or ${DescribeMissing<Rest, Given>}`
  : '';

/**
 * What a path argument meets when the client cannot authorize the operation; the compile error prints it, e.g.
 * `MissingCredential<"POST /v1/things needs apiKey">`. An object, so editors never offer it as a path.
 */
export interface MissingCredential<Message extends string> {
  readonly missingCredential: Message;
}

/**
 * The type a call's path argument must have: the path itself when the client can authorize the operation, else
 * MissingCredential naming what is missing. `Path` is inferred from the argument; distributing over it makes an
 * editor's completion list (the contextual type, with `Path` at its constraint) exactly the callable paths.
 */
export type CallablePath<Access extends CredentialAccess, Path, Method extends string> = [
  CredentialName,
] extends [Access['given']]
  ? Path
  : Path extends unknown
    ? Satisfied<Requirement<Access['security'], Path, Method>, Access['given']> extends true
      ? Path
      : MissingCredential<`${Uppercase<Method>} ${Path & string} needs ${DescribeMissing<
          Requirement<Access['security'], Path, Method>,
          Access['given']
        >}`>
    : never;

/** The credentials a client holds, as the options gave them. Which scheme each serves: auth.ts credentialFor. */
export type Credentials = { [Name in CredentialName]: ClientOptions[Name] };

/**
 * What an attempt's one redactor (auth.ts Redactor) does for every error that quotes the server or the caller:
 * `text` scrubs the attempt's secrets from a string, `value` makes a redacted deep copy of a JSON-like value.
 */
export interface Redaction {
  text(value: string): string;
  value(input: unknown): unknown;
}

// ---- Calls and results ----

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
