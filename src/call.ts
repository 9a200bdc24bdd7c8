import { createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import type { PathSerializer, QuerySerializerOptions } from 'openapi-fetch';
import type { ClientContext, QuerySerializer } from './context.ts';
import type { OperationRef } from './errors.ts';
import type { SuccessBodyKind } from './operation-table.ts';
import { checkLimits } from './options.ts';
import type { CallOptions } from './options.ts';

/** openapi-fetch's HeadersOptions: a header value may also be a number, a boolean, a list, or null to remove it. */
export type HeaderValue = string | number | boolean | (string | number | boolean)[] | null | undefined;
export type HeaderSource = HeadersInit | Record<string, HeaderValue> | undefined;

export interface CallParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: HeaderSource;
}

/** A call's init without the facade's own options; keys not named here are RequestInit fields. */
interface RequestParts {
  params?: CallParams;
  body?: unknown;
  headers?: HeadersInit;
  querySerializer?: QuerySerializer | QuerySerializerOptions;
  pathSerializer?: PathSerializer;
  [key: string]: unknown;
}

export type CallInit = (CallOptions & RequestParts) | undefined;

/** One call, its options resolved against the client's: what every attempt of it reads. */
export interface Call {
  operation: OperationRef;
  /** The operation's security requirement, in the generated compact form ("" for none). */
  security: string;
  bodyKind: SuccessBodyKind;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
  params: CallParams;
  body: unknown;
  headers: HeadersInit | undefined;
  querySerializer: QuerySerializer;
  pathSerializer: PathSerializer;
  /** The rest of the init (cache, keepalive, …): RequestInit fields passed on to fetch, as openapi-fetch does. */
  requestInit: Record<string, unknown>;
  /** The `id` middleware hooks see: one per call, made when a middleware first needs it. */
  id?: string;
}

/** Resolves a call's options; a per-call timeout or retry count gets the checks the client's got. */
export function prepareCall(ctx: ClientContext, method: string, path: string, init: CallInit): Call {
  const operation: OperationRef = { method, path };
  const [security, bodyKind] = ctx.table.operations[`${method} ${path}`] ?? ['', 'json'];
  const {
    timeout = ctx.timeout,
    maxRetries = ctx.maxRetries,
    signal,
    params = {},
    body,
    headers,
    querySerializer,
    pathSerializer,
    ...requestInit
  } = init ?? {};
  checkLimits(timeout, maxRetries, operation);
  return {
    operation,
    security,
    bodyKind,
    timeout,
    maxRetries,
    signal,
    params,
    body,
    headers,
    // A call may pass its own serializer, or options for openapi-fetch's.
    querySerializer:
      typeof querySerializer === 'object'
        ? createQuerySerializer(querySerializer)
        : (querySerializer ?? ctx.querySerializer),
    pathSerializer: pathSerializer ?? defaultPathSerializer,
    requestInit,
  };
}
