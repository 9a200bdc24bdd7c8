/**
 * openapi-fetch's middleware seam on the facade: registration (`use`/`eject`, as openapi-fetch validates them),
 * the three hook runners, and the MiddlewareError a failing hook becomes. openapi-fetch's order is kept:
 * onRequest in registration order, onResponse and onError in reverse, so the first middleware registered wraps
 * the others.
 */
import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import {
  afterAttempts,
  ConfigurationError,
  LiveAvatarError,
  MiddlewareError,
  operationName,
} from './errors.ts';
import type { MiddlewareHook, OperationRef } from './errors.ts';
import type { Redaction } from './types.ts';

/** Everything a hook receives besides the request (and response or error). */
export type HookParams = Omit<MiddlewareCallbackParams, 'request'>;

/** Makes the error a hook's failure becomes: what the hook did wrong, and what it threw, if it threw. */
export type HookFailure = (hook: MiddlewareHook, problem: string, thrown?: unknown) => MiddlewareError;

/** What a hook returned that its contract does not allow (a Request from onResponse, a string, …). */
const INVALID_RESULT = 'returned a value it may not return';

export function addMiddleware(registered: Middleware[], added: readonly Middleware[]): void {
  for (const middleware of added) {
    // Falsy entries are skipped, as openapi-fetch does (`use(condition && middleware)`).
    if (!(middleware as Middleware | undefined)) continue;
    if (typeof middleware !== 'object' || !HOOKS.some((hook) => hook in middleware)) {
      throw new ConfigurationError('middleware must be an object with onRequest, onResponse or onError');
    }
    registered.push(middleware);
  }
}

export function removeMiddleware(registered: Middleware[], removed: readonly Middleware[]): void {
  for (const middleware of removed) {
    const index = registered.indexOf(middleware);
    if (index !== -1) registered.splice(index, 1);
  }
}

const HOOKS: readonly MiddlewareHook[] = ['onRequest', 'onResponse', 'onError'];

/** Runs onRequest hooks in order; the last Request returned is sent, and a Response ends the chain as the answer. */
export async function runOnRequest(
  chain: readonly Middleware[],
  request: Request,
  params: HookParams,
  fail: HookFailure,
): Promise<Request | Response> {
  for (const middleware of chain) {
    // Called as methods, as openapi-fetch does, so a middleware may use `this`; one without the hook is a no-op.
    const result = await callHook('onRequest', fail, () => middleware.onRequest?.({ ...params, request }));
    if (result instanceof Response) return result;
    if (result instanceof Request) request = result;
    else if (result !== undefined) throw fail('onRequest', INVALID_RESULT);
  }
  return request;
}

/** Runs onResponse hooks in reverse order; each may replace the response but must leave its body unread. */
export async function runOnResponse(
  chain: readonly Middleware[],
  request: Request,
  response: Response,
  params: HookParams,
  fail: HookFailure,
): Promise<Response> {
  for (const middleware of [...chain].reverse()) {
    const current = response;
    const result = await callHook('onResponse', fail, () =>
      middleware.onResponse?.({ ...params, request, response: current }),
    );
    if (result instanceof Response) response = result;
    else if (result !== undefined) throw fail('onResponse', INVALID_RESULT);
  }
  if (response.bodyUsed) {
    throw fail('onResponse', 'read the response body; read a clone, or return a new Response');
  }
  return response;
}

/**
 * Runs onError hooks in reverse order for a request that got no response: a returned Response recovers the
 * attempt, a returned Error replaces the error; with no recovery the (last) error is thrown on.
 */
export async function runOnError(
  chain: readonly Middleware[],
  request: Request,
  error: unknown,
  params: HookParams,
  fail: HookFailure,
): Promise<Response> {
  for (const middleware of [...chain].reverse()) {
    const current = error;
    const result = await callHook('onError', fail, () =>
      middleware.onError?.({ ...params, request, error: current }),
    );
    if (result instanceof Response) return result;
    if (result instanceof Error) error = result;
    else if (result !== undefined) throw fail('onError', INVALID_RESULT);
  }
  throw error;
}

async function callHook<Result>(
  hook: MiddlewareHook,
  fail: HookFailure,
  run: () => Result | Promise<Result>,
): Promise<Result> {
  try {
    return await run();
  } catch (thrown) {
    // The client's own errors (the /validate entry's ResponseValidationError) reach the caller as they are.
    if (thrown instanceof LiveAvatarError) throw thrown;
    throw fail(hook, 'threw', thrown);
  }
}

/**
 * The HookFailure of one attempt. A failure in onRequest happened before the attempt was sent. The cause is a
 * redacted copy (name, message, stack) of what the middleware threw: its other fields and cause chain may hold
 * anything.
 */
export function hookFailure(operation: OperationRef, attempt: number, redact: Redaction): HookFailure {
  return (hook, problem, thrown) => {
    const attempts = hook === 'onRequest' ? attempt - 1 : attempt;
    let detail = problem;
    let cause: Error | undefined;
    if (thrown instanceof Error) {
      detail += ` ${thrown.name}: ${thrown.message}`;
      cause = new Error(redact.text(thrown.message));
      cause.name = thrown.name;
      cause.stack = redact.text(thrown.stack ?? '');
    } else if (thrown !== undefined) {
      detail += typeof thrown === 'string' ? ` ${thrown}` : ` a ${typeof thrown}`;
    }
    return new MiddlewareError(
      `${operationName(operation)}: middleware ${hook} ${redact.text(detail)} (${afterAttempts(attempts)})`,
      { operation, attempts, hook, cause },
    );
  };
}
