/**
 * openapi-fetch's middleware seam on the facade: registration (`use`/`eject`, as openapi-fetch validates them)
 * and the three hook runners. openapi-fetch's order is kept: onRequest in registration order, onResponse and
 * onError in reverse, so the first middleware registered wraps the others.
 */
import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import { ConfigurationError } from './errors.ts';
import type { MiddlewareHook } from './errors.ts';

/** Everything a hook receives besides the request (and response or error). */
export type HookParams = Omit<MiddlewareCallbackParams, 'request'>;

/** A hook threw or broke its contract; the attempt turns this into a redacted MiddlewareError. */
export class HookFailure extends Error {
  // Declared and assigned (no class fields): the same output for less code in every bundle.
  declare readonly hook: MiddlewareHook;
  declare readonly thrown: unknown;

  constructor(hook: MiddlewareHook, problem: string, thrown?: unknown) {
    super(problem);
    this.hook = hook;
    this.thrown = thrown;
  }
}

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
): Promise<Request | Response> {
  for (const middleware of chain) {
    if (!middleware.onRequest) continue;
    // Called as methods, as openapi-fetch does, so a middleware may use `this`.
    const result = await callHook('onRequest', () => middleware.onRequest?.({ ...params, request }));
    if (result instanceof Response) return result;
    if (result instanceof Request) request = result;
    else if (result !== undefined) throw new HookFailure('onRequest', INVALID_RESULT);
  }
  return request;
}

/** Runs onResponse hooks in reverse order; each may replace the response but must leave its body unread. */
export async function runOnResponse(
  chain: readonly Middleware[],
  request: Request,
  response: Response,
  params: HookParams,
): Promise<Response> {
  for (let index = chain.length - 1; index >= 0; index--) {
    const middleware = chain[index];
    if (!middleware?.onResponse) continue;
    const current = response;
    const result = await callHook('onResponse', () =>
      middleware.onResponse?.({ ...params, request, response: current }),
    );
    if (result instanceof Response) response = result;
    else if (result !== undefined) throw new HookFailure('onResponse', INVALID_RESULT);
  }
  if (response.bodyUsed) {
    throw new HookFailure('onResponse', 'read the response body; read a clone, or return a new Response');
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
): Promise<Response> {
  for (let index = chain.length - 1; index >= 0; index--) {
    const middleware = chain[index];
    if (!middleware?.onError) continue;
    const current = error;
    const result = await callHook('onError', () =>
      middleware.onError?.({ ...params, request, error: current }),
    );
    if (result instanceof Response) return result;
    if (result instanceof Error) error = result;
    else if (result !== undefined) throw new HookFailure('onError', INVALID_RESULT);
  }
  throw error;
}

async function callHook<Result>(hook: MiddlewareHook, run: () => Result | Promise<Result>): Promise<Result> {
  try {
    return await run();
  } catch (thrown) {
    throw new HookFailure(hook, 'threw', thrown);
  }
}
