/** Sends one attempt: the built request goes to the same-origin redirect handling. */
import { buildRequest } from './build-request.ts';
import type { Call } from './call.ts';
import type { AuthHeaders, ClientContext } from './context.ts';
import { sendWithSameOriginRedirects } from './same-origin-redirects.ts';

export function sendAttempt(
  ctx: ClientContext,
  call: Call,
  auth: AuthHeaders,
  attempt: number,
  signal: AbortSignal,
): Promise<Response> {
  const { url, headers, body } = buildRequest(ctx, call, auth);
  const init = { ...call.requestInit, method: call.operation.method, headers, body, signal };
  return sendWithSameOriginRedirects(ctx.fetch, url, init, call.operation, attempt);
}
