/**
 * `liveavatar-client/msw`: MSW 2 handlers for the LiveAvatar API, for a frontend's unit tests (`msw/node`) and
 * pages (the service worker). Needs the optional peer dependencies `msw` and `openapi-msw`; the package's main
 * entry never loads this one.
 */
import { HttpResponse } from 'msw';
import { ERROR_CODES } from '../mock/answer.ts';
import type { Envelope } from '../mock/answer.ts';
import { createLiveAvatarHandlers } from './handlers.ts';

const defaults = createLiveAvatarHandlers();

/** A handler for every operation, at the client's default base URL (the API's own). */
export const handlers = defaults.handlers;
/** openapi-msw's `http` typed from the spec's `paths`, at the same base URL: `server.use(http.get(...))`. */
export const http = defaults.http;
/** Forgets every session the default handlers hold: call it in `afterEach`. */
export const resetMockState = defaults.resetMockState;

/**
 * An error as the live API sends it: the `{code, data: null, message}` envelope with the given HTTP status (the
 * spec declares only FastAPI's 422 shape for errors, so return it through openapi-msw's `response.untyped`).
 */
export function apiErrorResponse(
  status: number,
  code: number,
  message: string,
): HttpResponse<Envelope<null>> {
  return HttpResponse.json({ code, data: null, message }, { status });
}

export { createLiveAvatarHandlers, ERROR_CODES };
export type { LiveAvatarHandlerOptions, LiveAvatarHandlers } from './handlers.ts';
export type { Envelope };
