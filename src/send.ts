/**
 * Sends one attempt. Without middleware (most clients) the built request goes straight to the same-origin
 * redirect handling. With middleware, openapi-fetch's hooks run around that: onRequest sees a real Request
 * without credentials and the Request it returns is what is sent, with the credentials added only then and only
 * for the configured origin; onError and onResponse see what came back.
 */
import { defaultBodySerializer } from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import { buildRequest, requestHeaders } from './build-request.ts';
import type { Call } from './call.ts';
import type { AuthHeaders, ClientContext } from './context.ts';
import { hookFailure, runOnError, runOnRequest, runOnResponse } from './middleware.ts';
import type { HookFailure, HookParams } from './middleware.ts';
import type { Redactor } from './redact.ts';
import { sendWithSameOriginRedirects } from './same-origin-redirects.ts';

export function sendAttempt(
  ctx: ClientContext,
  call: Call,
  auth: AuthHeaders,
  attempt: number,
  signal: AbortSignal,
  redactor: () => Redactor,
): Promise<Response> {
  // A redirect's Location is the server's choice and may echo a credential, even as a host name.
  const redact = (text: string) => redactor().text(text);
  if (ctx.middleware.length > 0) {
    const fail = hookFailure(call.operation, attempt, redactor);
    return untilAborted(sendThroughMiddleware(ctx, call, auth, attempt, signal, fail, redact), signal);
  }
  const { url, headers, body } = buildRequest(ctx, call, auth);
  const init = { ...call.requestInit, method: call.operation.method, headers, body, signal };
  return sendWithSameOriginRedirects(ctx.fetch, url, init, call.operation, attempt, redact);
}

async function sendThroughMiddleware(
  ctx: ClientContext,
  call: Call,
  auth: AuthHeaders,
  attempt: number,
  signal: AbortSignal,
  fail: HookFailure,
  redact: (text: string) => string,
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
      redact,
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
  auth: AuthHeaders,
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
