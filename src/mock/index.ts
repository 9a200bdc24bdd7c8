// The session mock, transport-neutral: the HTTP mock (`npm run mock`) and MSW handlers are built on it.
// Not imported by the package's main entry.
export { ERROR_CODES, SUCCESS_CODE, failure, success } from './answer.ts';
export type { Envelope, MockAnswer } from './answer.ts';
export { createSessionModel } from './session-model.ts';
export type {
  ListQuery,
  SessionModel,
  SessionModelOptions,
  SessionTarget,
  SessionTemplates,
  TokenRequest,
} from './session-model.ts';
export type { SessionRecord } from './session-record.ts';
export { findLifecycleRoutes, LifecycleRouteError } from './lifecycle-routes.ts';
export type { LifecycleRole, LifecycleRoute, LifecycleRoutes } from './lifecycle-routes.ts';
export { bearerToken, handleSessionRequest, matchRoute } from './session-requests.ts';
export type { SessionRequest } from './session-requests.ts';
export { createSessionMock } from './session-mock.ts';
export type { SessionMock, SessionMockOptions } from './session-mock.ts';
