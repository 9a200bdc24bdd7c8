import { MAX_REDIRECTS } from './defaults.ts';
import { afterAttempts, operationName, RedirectError } from './errors.ts';
import type { OperationRef } from './errors.ts';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Sends a request with redirects handled by hand. fetch's own `follow` mode forwards custom headers such as
 * X-API-KEY to whatever origin a redirect names; here only same-origin redirects are followed and anything
 * else is an error, so credentials never leave the configured origin.
 */
export async function sendWithSameOriginRedirects(
  fetchImpl: typeof fetch,
  url: string,
  requestInit: RequestInit,
  operation: OperationRef,
  attempt: number,
  redact: (text: string) => string,
): Promise<Response> {
  let init: RequestInit = { ...requestInit, redirect: 'manual' };
  // Parsed only when a redirect actually happens: most answers are not redirects.
  let origin: string | undefined;
  // Every error says which attempt it ended, like the errors request.ts builds. The target comes from the
  // server's Location, which may echo a credential (even as a host name).
  const fail = (problem: string, status: number, targetOrigin: string | undefined) =>
    new RedirectError(`${operationName(operation)} ${redact(problem)} (${afterAttempts(attempt)})`, {
      operation,
      attempts: attempt,
      status,
      targetOrigin: targetOrigin === undefined ? undefined : redact(targetOrigin),
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
