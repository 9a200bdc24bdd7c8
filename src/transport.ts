/**
 * One attempt on the wire: its URL, headers and body (one header builder, credentials last, for both paths),
 * then sending it. Without middleware (most clients) the built request goes straight to the same-origin redirect
 * handling. With middleware, openapi-fetch's hooks run around that: onRequest sees a real Request without
 * credentials and the Request it returns is what is sent, with the credentials added only then and only for the
 * configured origin; onError and onResponse see what came back.
 */
import { createFinalURL, defaultBodySerializer } from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import { afterAttempts, operationName, RedirectError } from './errors.ts';
import type { OperationRef } from './errors.ts';
import { hookFailure, runOnError, runOnRequest, runOnResponse } from './middleware.ts';
import type { HookFailure, HookParams } from './middleware.ts';
import { MAX_REDIRECTS } from './options.ts';
import type { Auth, Call, ClientContext, HeaderSource, HeaderValue } from './options.ts';
import type { Redaction } from './types.ts';

export function sendAttempt(
  ctx: ClientContext,
  call: Call,
  auth: Auth,
  attempt: number,
  signal: AbortSignal,
  redactor: Redaction,
): Promise<Response> {
  if (ctx.middleware.length > 0) {
    const fail = hookFailure(call.operation, attempt, redactor);
    return untilAborted(sendThroughMiddleware(ctx, call, auth, attempt, signal, fail, redactor), signal);
  }
  const { url, headers, body } = buildRequest(ctx, call, auth);
  const init = { ...call.requestInit, method: call.operation.method, headers, body, signal };
  return sendWithSameOriginRedirects(ctx.fetch, url, init, call.operation, attempt, redactor);
}

async function sendThroughMiddleware(
  ctx: ClientContext,
  call: Call,
  auth: Auth,
  attempt: number,
  signal: AbortSignal,
  fail: HookFailure,
  redactor: Redaction,
): Promise<Response> {
  // A copy: a middleware ejected mid-call is skipped from the next attempt on, not half-way through this one.
  const chain: readonly Middleware[] = [...ctx.middleware];
  const params = hookParams(ctx, call);
  const { url, headers, body } = buildRequest(ctx, call, undefined);
  const built = new Request(url, { ...call.requestInit, method: call.operation.method, headers, body });
  const request = await runOnRequest(chain, built, params, fail);
  if (request instanceof Response) return request;
  // The same Request (its headers perhaps changed) still has the body serialized above, unless that is FormData:
  // the Request chose a multipart boundary for its content-type, and only its own bytes carry it. Other bodies are
  // read into memory, so a same-origin 307/308 can send them again.
  let sentBody = body;
  if (request !== built || body instanceof FormData) {
    sentBody = request.body === null ? undefined : await request.arrayBuffer();
  }
  const init = initToSend(ctx, call, request, sentBody, auth, signal, fail);
  let response: Response;
  try {
    response = await sendWithSameOriginRedirects(
      ctx.fetch,
      request.url,
      init,
      call.operation,
      attempt,
      redactor,
    );
  } catch (error) {
    response = await runOnError(chain, request, error, params, fail);
  }
  return runOnResponse(chain, request, response, params, fail);
}

/**
 * The attempt's outcome, or its abort (timeout or the caller's signal) as soon as that comes: a hook that hangs
 * must not hold the call past its timeout. What the hooks do after that is ignored. The listener needs no removal:
 * the attempt's signal is dropped with the attempt, and never aborts once it is over.
 */
function untilAborted(sending: Promise<Response>, signal: AbortSignal): Promise<Response> {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => {
      reject(signal.reason as Error);
    });
  });
  return Promise.race([sending, aborted]);
}

/** The fetch init for the Request the onRequest hooks produced, with the credentials added. */
function initToSend(
  ctx: ClientContext,
  call: Call,
  request: Request,
  body: BodyInit | undefined,
  auth: Auth,
  signal: AbortSignal,
  fail: HookFailure,
): RequestInit {
  const origin = new URL(request.url).origin;
  if (origin !== ctx.origin) {
    throw fail(
      'onRequest',
      `returned a request for another origin, ${origin}; not sent, so credentials stay with ${ctx.origin}`,
    );
  }
  // The hooks' headers as they left them (a Headers list), then the credentials last, as without middleware.
  const headers = requestHeaders(undefined, [request.headers], auth);
  return { ...call.requestInit, method: request.method, headers, body, signal };
}

/** What every hook of this call receives, as openapi-fetch builds it; the id is shared by all its attempts. */
function hookParams(ctx: ClientContext, call: Call): HookParams {
  call.id ??= Math.random().toString(36).slice(2, 11);
  const options = Object.freeze({
    baseUrl: ctx.baseUrl,
    parseAs: 'json' as const,
    querySerializer: call.querySerializer,
    bodySerializer: defaultBodySerializer,
    pathSerializer: call.pathSerializer,
    fetch: ctx.fetch,
  });
  return {
    schemaPath: call.operation.path,
    params: call.params as HookParams['params'],
    id: call.id,
    options,
  };
}

/** What one attempt sends, before the transport adds its signal and redirect handling. */
interface BuiltRequest {
  url: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
}

/** openapi-fetch's body serializer, typed as it runs: its typings omit the headers that select a url-encoded form. */
type SerializeBody = (body: unknown, headers: Record<string, string>) => BodyInit;

/**
 * URL, headers and body of one attempt. Built here rather than through openapi-fetch's request: its Headers
 * merging, middleware machinery and Request object measured about half of the facade's per-call overhead. URLs
 * and bodies still come from its serializers.
 */
function buildRequest(ctx: ClientContext, call: Call, auth: Auth): BuiltRequest {
  const { operation, params, body } = call;
  const url = createFinalURL(operation.path, {
    baseUrl: ctx.baseUrl,
    params,
    querySerializer: call.querySerializer,
    pathSerializer: call.pathSerializer,
  });
  const contentType = body === undefined || body instanceof FormData ? undefined : 'application/json';
  const headers = requestHeaders(contentType, [ctx.headers, call.headers, params.header], auth);
  return {
    url,
    headers,
    body: body === undefined ? body : (defaultBodySerializer as SerializeBody)(body, headers),
  };
}

/**
 * The one header builder of both paths (with middleware and without). Precedence, lowest first: a JSON
 * Content-Type (none for FormData: fetch adds its boundary), then the sources in turn (client `headers`, call
 * `headers`, the spec's header parameters: openapi-fetch's order), and the credentials last, always: nothing a
 * caller or a spec header parameter names can replace or remove them.
 */
function requestHeaders(
  contentType: string | undefined,
  sources: HeaderSource[],
  auth: Auth,
): Record<string, string> {
  const headers: Record<string, string> = contentType === undefined ? {} : { 'content-type': contentType };
  for (const source of sources) {
    // A Headers copy joins repeated names in a list of pairs. Records (the usual case) go through for…in, which
    // measured about 5× faster than Object.entries; over undefined it finds no keys.
    if (source instanceof Headers || Array.isArray(source))
      for (const [key, value] of new Headers(source)) setHeader(headers, key, value);
    else for (const key in source) setHeader(headers, key, source[key]);
  }
  // for…in over undefined (an operation without security) finds no keys.
  const credentials = auth?.headers;
  for (const name in credentials) setHeader(headers, name, credentials[name]);
  return headers;
}

/** null removes a header, undefined is skipped, a list appends each item (to an earlier source's value too). */
function setHeader(headers: Record<string, string>, key: string, value: HeaderValue): void {
  const name = key.toLowerCase();
  if (value === null) Reflect.deleteProperty(headers, name);
  else if (Array.isArray(value)) {
    for (const item of value) headers[name] = name in headers ? `${headers[name]}, ${item}` : `${item}`;
  } else if (value !== undefined) headers[name] = `${value}`;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Sends a request with redirects handled by hand. fetch's own `follow` mode forwards custom headers such as
 * X-API-KEY to whatever origin a redirect names; here only same-origin redirects are followed and anything
 * else is an error, so credentials never leave the configured origin.
 */
async function sendWithSameOriginRedirects(
  fetchImpl: typeof fetch,
  url: string,
  requestInit: RequestInit,
  operation: OperationRef,
  attempt: number,
  redactor: Redaction,
): Promise<Response> {
  let init: RequestInit = { ...requestInit, redirect: 'manual' };
  // Parsed only when a redirect actually happens: most answers are not redirects.
  let origin: string | undefined;
  // Every error says which attempt it ended, like the errors request.ts builds. The target comes from the
  // server's Location, which may echo a credential (even as a host name).
  const fail = (problem: string, status: number, targetOrigin: string | undefined) =>
    new RedirectError(`${operationName(operation)} ${redactor.text(problem)} (${afterAttempts(attempt)})`, {
      operation,
      attempts: attempt,
      status,
      targetOrigin: targetOrigin === undefined ? undefined : redactor.text(targetOrigin),
    });
  for (let hop = 0; ; hop++) {
    const response = await fetchImpl(url, init);
    if (response.type === 'opaqueredirect') {
      throw fail('was redirected, and browsers hide where to', 0, undefined);
    }
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await response.body?.cancel();
    origin ??= new URL(url).origin;
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      // Not a network failure (which would be retried): the server gave an answer we cannot follow.
      throw fail(
        `was redirected (HTTP ${response.status}) to an invalid Location`,
        response.status,
        undefined,
      );
    }
    if (next.origin !== origin) {
      throw fail(
        `was redirected (HTTP ${response.status}) to another origin, ${next.origin}; not followed so credentials stay with ${origin}`,
        response.status,
        next.origin,
      );
    }
    if (hop >= MAX_REDIRECTS) {
      throw fail(`was redirected more than ${MAX_REDIRECTS} times`, response.status, next.origin);
    }
    // As fetch does: 303, and 301/302 after a POST, become a GET without a body.
    if (response.status === 303 || (response.status <= 302 && init.method === 'POST')) {
      const headers = new Headers(init.headers);
      headers.delete('content-type');
      init = { ...init, method: 'GET', body: null, headers };
    }
    url = next.href;
  }
}
