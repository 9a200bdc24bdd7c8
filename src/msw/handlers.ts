/**
 * MSW handlers for every operation of the spec: the generated example of each (envelope code 1000, as
 * `npm run mock` serves it), and, for the session lifecycle, the answers of the same session model the mock
 * server runs (src/mock), so token → start → keep-alive → stop → errors after stop hold state between requests.
 */
import { http as mswHttp, HttpResponse } from 'msw';
import type { HttpHandler, JsonBodyType } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { OpenApiHttpHandlers } from 'openapi-msw';
import { defaultServerUrl } from '../../generated/client-metadata.ts';
import type { paths } from '../../generated/schema.d.ts';
import type { MockAnswer } from '../mock/answer.ts';
import { createSessionModel } from '../mock/session-model.ts';
import type { SessionRecord } from '../mock/session-record.ts';
import { bearerToken, handleSessionRequest } from '../mock/session-requests.ts';
import { lifecycleRoutes, operations } from './mock-data.ts';
import type { MockOperation } from './mock-data.ts';
import { bySpecificity, mswPath, specPathname } from './paths.ts';

export interface LiveAvatarHandlerOptions {
  /** Where the client under test sends its requests. Default: the API's own URL, the client's default. */
  baseUrl?: string;
  /** Seed of the session ids and tokens (the same seed gives the same ids in the same order). Default 1. */
  seed?: number;
  /** Seconds after start at which sessions expire. Default: each session's `max_session_duration`. */
  ttlSeconds?: number;
  /** The clock, in milliseconds (fake timers drive expiry). Default `Date.now`. */
  now?: () => number;
}

export interface LiveAvatarHandlers {
  /** One handler per operation of the spec, for `setupServer(...handlers)` or `setupWorker(...handlers)`. */
  handlers: HttpHandler[];
  /** openapi-msw's `http`, typed from the spec's `paths`, at the same base URL: for per-test overrides. */
  http: OpenApiHttpHandlers<paths>;
  /** Forgets every session and restarts the id sequence: call it between tests. */
  resetMockState: () => void;
  /** The sessions as they are now (expiry applied), oldest first: for assertions. */
  sessions: () => readonly Readonly<SessionRecord>[];
}

/** Handlers, a typed `http` and a reset for one base URL, with their own session state. */
export function createLiveAvatarHandlers(options: LiveAvatarHandlerOptions = {}): LiveAvatarHandlers {
  const baseUrl = options.baseUrl ?? defaultServerUrl;
  const { routes, modelOptions } = lifecycleRoutes();
  const model = createSessionModel({
    ...modelOptions,
    seed: options.seed,
    ttlSeconds: options.ttlSeconds,
    now: options.now,
  });
  const lifecycle = new Set(routes.map((route) => `${route.method} ${route.path}`));
  const handlers = [...operations]
    .sort((a, b) => bySpecificity(a.path, b.path))
    .map((operation) =>
      lifecycle.has(`${operation.method} ${operation.path}`)
        ? sessionHandler(operation, baseUrl, (request) => handleSessionRequest(model, routes, request))
        : exampleHandler(operation, baseUrl),
    );
  return {
    handlers,
    http: createOpenApiHttp<paths>({ baseUrl: baseUrl.replace(/\/+$/, '') }),
    resetMockState: () => {
      model.reset();
    },
    sessions: () => model.sessions(),
  };
}

function handlerFor(operation: MockOperation, baseUrl: string) {
  const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return (resolver: Parameters<typeof mswHttp.get>[1]) =>
    mswHttp[method](mswPath(baseUrl, operation.path), resolver);
}

function exampleHandler(operation: MockOperation, baseUrl: string): HttpHandler {
  return handlerFor(operation, baseUrl)(() => exampleResponse(operation));
}

function exampleResponse(operation: MockOperation): Response {
  return operation.body === null
    ? new HttpResponse(null, { status: operation.status })
    : HttpResponse.json(operation.body as JsonBodyType, { status: operation.status });
}

type SessionRequestInput = Parameters<typeof handleSessionRequest>[2];

function sessionHandler(
  operation: MockOperation,
  baseUrl: string,
  answer: (request: SessionRequestInput) => MockAnswer | undefined,
): HttpHandler {
  return handlerFor(
    operation,
    baseUrl,
  )(async ({ request }) => {
    const url = new URL(request.url);
    const result = answer({
      method: request.method,
      pathname: specPathname(request.url, baseUrl),
      query: url.searchParams,
      bearer: bearerToken(request.headers.get('authorization')),
      body: parseJson(await request.text()),
    });
    if (result === undefined) return exampleResponse(operation);
    return HttpResponse.json(result.body, { status: result.status });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // No body (`''`) or not JSON: the session model reads either as an empty body.
  }
  return undefined;
}
