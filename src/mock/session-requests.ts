/**
 * One request to the session mock, transport-neutral: the HTTP mock and MSW handlers turn theirs into a
 * `SessionRequest`, and get back the answer (or undefined when the request is not for a lifecycle route).
 */
import { ERROR_CODES, failure } from './answer.ts';
import type { MockAnswer } from './answer.ts';
import type { LifecycleRoute } from './lifecycle-routes.ts';
import type { SessionModel } from './session-model.ts';

export interface SessionRequest {
  method: string;
  /** The URL's path, without query. */
  pathname: string;
  query: URLSearchParams;
  /** The token of an `Authorization: Bearer` header, if one came. */
  bearer: string | undefined;
  /** The parsed JSON body (undefined without one). */
  body: unknown;
}

/** The route a request is for, with the path parameters it carries. */
export function matchRoute(
  routes: readonly LifecycleRoute[],
  method: string,
  pathname: string,
): { route: LifecycleRoute; parameters: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method.toUpperCase()) continue;
    const parameters = matchPath(route.path, pathname);
    if (parameters !== undefined) return { route, parameters };
  }
  return undefined;
}

export function handleSessionRequest(
  model: SessionModel,
  routes: readonly LifecycleRoute[],
  request: SessionRequest,
): MockAnswer | undefined {
  const match = matchRoute(routes, request.method, request.pathname);
  if (match === undefined) return undefined;
  const body = isObject(request.body) ? request.body : {};
  const target = { bearer: request.bearer, sessionId: stringOr(body.session_id) };
  switch (match.route.role) {
    case 'token':
      return model.createToken(body);
    case 'start':
      return request.bearer === undefined ? missingBearer() : model.start(request.bearer);
    case 'keepAlive':
      return model.keepAlive(target);
    case 'stop':
      return model.stop({ ...target, reason: stringOr(body.reason) });
    case 'get':
      return model.get(pathSessionId(match));
    case 'list':
      return model.list({
        type: request.query.get('type') ?? undefined,
        page: numberOr(request.query.get('page')),
        pageSize: numberOr(request.query.get('page_size')),
      });
  }
}

/** The bearer token of an Authorization header value (`Bearer <token>`, any case), or undefined. */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  return /^bearer\s+(\S.*)$/i.exec(authorization.trim())?.[1];
}

/** The session id a `get` request names in its path ('' when the route has no id parameter: not found). */
function pathSessionId({ route, parameters }: { route: LifecycleRoute; parameters: Record<string, string> }) {
  const named = Object.entries(parameters).find(([name]) => name === route.idParameter);
  return named?.[1] ?? '';
}

function missingBearer() {
  return failure(401, ERROR_CODES.unauthenticated, 'Not authenticated');
}

function matchPath(template: string, pathname: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return undefined;
  const parameters: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index] as string; // same length as `want`, checked above
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name === undefined) {
      if (segment !== actual) return undefined;
    } else {
      if (actual === '') return undefined;
      parameters[name] = safeDecode(actual);
    }
  }
  return parameters;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberOr(value: string | null): number | undefined {
  const number = value === null ? Number.NaN : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
