// An in-process stand-in for fetch that plays generated AnswerPlans with real Response objects and web streams,
// on whatever clock setTimeout is (the property test fakes it). It behaves as undici does where the client can
// tell: an abort rejects a pending fetch and errors a body still arriving; a reset errors the body with
// TypeError('terminated'); a refused connection is TypeError('fetch failed') with the code in its cause.
import type { AnswerPlan, ReceivedRequest, ReplyPlan } from './hostile-plan.ts';
import { bodyText, locationValue, render, retryAfterValue } from './hostile-plan.ts';

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

export interface HostileFetch {
  fetch: typeof fetch;
  readonly requests: readonly ReceivedRequest[];
  /** Response bodies still streaming (neither finished, cancelled nor errored). */
  openBodies(): number;
}

/** Plays `answers` in order, one per request; the last one repeats. */
export function hostileFetch(origin: string, answers: readonly AnswerPlan[]): HostileFetch {
  const requests: ReceivedRequest[] = [];
  const open = new Set<object>();
  const fetchImpl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: ReceivedRequest = {
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    requests.push(request);
    const plan = answers[Math.min(requests.length - 1, answers.length - 1)] ?? { kind: 'hang' };
    return play(plan, request, origin, init?.signal ?? undefined, open);
  };
  return { fetch: fetchImpl, requests, openBodies: () => open.size };
}

function play(
  plan: AnswerPlan,
  request: ReceivedRequest,
  origin: string,
  signal: AbortSignal | undefined,
  open: Set<object>,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    if (plan.kind === 'hang') {
      signal?.addEventListener(
        'abort',
        () => {
          reject(signal.reason as Error);
        },
        { once: true },
      );
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      if (plan.kind === 'network-error')
        reject(networkError(plan.code, plan.echo && render([{ echo: plan.echo }], request)));
      else resolve(respond(plan, request, origin, signal, open));
    }, plan.delayMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function networkError(code: string, quoted: string | null): TypeError {
  const cause = Object.assign(
    new Error(`${code} while talking to the server${quoted ? ` about ${quoted}` : ''}`),
    { code },
  );
  return new TypeError('fetch failed', { cause });
}

function respond(
  plan: ReplyPlan,
  request: ReceivedRequest,
  origin: string,
  signal: AbortSignal | undefined,
  open: Set<object>,
): Response {
  const headers = responseHeaders(plan, request, origin);
  if (NULL_BODY_STATUSES.has(plan.status)) return new Response(null, { status: plan.status, headers });
  let text = bodyText(plan.body, request);
  if (plan.truncateTo !== null) text = text.slice(0, Math.floor(text.length * plan.truncateTo));
  const bytes = new TextEncoder().encode(text);
  // Declared as a real server would: a reset body is cut short of it.
  headers.set('content-length', String(bytes.length));
  // An empty body has nothing to stream or cut short (and content-length 0 tells the client not to read).
  const body =
    plan.delivery.kind === 'whole' || bytes.length === 0
      ? bytes
      : streamed(bytes, plan.delivery, signal, open);
  return new Response(body, { status: plan.status, headers });
}

function responseHeaders(plan: ReplyPlan, request: ReceivedRequest, origin: string): Headers {
  const headers = new Headers();
  const set = (name: string, value: string | null) => {
    if (value !== null) headers.set(name, value);
  };
  set('content-type', plan.contentType && render(plan.contentType, request));
  set('retry-after', plan.retryAfter && retryAfterValue(plan.retryAfter, request));
  set('retry-after-ms', plan.retryAfterMs && render(plan.retryAfterMs, request));
  set('x-request-id', plan.requestId && render(plan.requestId, request));
  set('location', plan.location && locationValue(plan.location, origin, request));
  if (plan.echoHeader) {
    const echoed = render(plan.echoHeader, request);
    headers.set('x-debug-echo', echoed);
    headers.append('set-cookie', `session=${echoed}; HttpOnly`);
  }
  return headers;
}

/** A body that arrives in pieces with gaps, or stops with a reset; an abort errors it as undici does. */
function streamed(
  bytes: Uint8Array,
  delivery: Exclude<ReplyPlan['delivery'], { kind: 'whole' }>,
  signal: AbortSignal | undefined,
  open: Set<object>,
): ReadableStream<Uint8Array> {
  const token = {};
  let timer: NodeJS.Timeout | undefined;
  let onAbort = (): void => undefined;
  /** Ends the stream's life once: no timer, no listener, no longer open. */
  const finish = (): void => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    open.delete(token);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      open.add(token);
      onAbort = () => {
        finish();
        controller.error(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (delivery.kind === 'reset') {
        controller.enqueue(bytes.subarray(0, Math.min(delivery.afterBytes, bytes.length)));
        timer = setTimeout(() => {
          finish();
          controller.error(resetError());
        }, 0);
        return;
      }
      const size = Math.max(1, Math.ceil(bytes.length / delivery.pieces));
      const next = (offset: number): void => {
        if (offset >= bytes.length) {
          finish();
          controller.close();
          return;
        }
        controller.enqueue(bytes.subarray(offset, offset + size));
        timer = setTimeout(() => {
          next(offset + size);
        }, delivery.gapMs);
      };
      next(0);
    },
    cancel() {
      finish();
    },
  });
}

function resetError(): TypeError {
  return new TypeError('terminated', {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  });
}
