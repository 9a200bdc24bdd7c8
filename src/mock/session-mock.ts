import { findLifecycleRoutes } from './lifecycle-routes.ts';
import type { LifecycleRoute } from './lifecycle-routes.ts';
import type { MockAnswer } from './answer.ts';
import { createSessionModel } from './session-model.ts';
import type { SessionModel, SessionModelOptions } from './session-model.ts';
import { handleSessionRequest } from './session-requests.ts';
import type { SessionRequest } from './session-requests.ts';

export type SessionMockOptions = Omit<SessionModelOptions, 'templates'> &
  Partial<Pick<SessionModelOptions, 'templates'>>;

/** The model wired to a document's lifecycle routes: what a transport needs, in one object. */
export interface SessionMock {
  model: SessionModel;
  routes: readonly LifecycleRoute[];
  /** The answer for a lifecycle request, or undefined when the request is for another route. */
  handle(request: SessionRequest): MockAnswer | undefined;
}

/**
 * A session mock for an OpenAPI document (the fixed spec with its generated examples). Throws
 * `LifecycleRouteError` when the document lacks one of the lifecycle operations.
 */
export function createSessionMock(
  spec: Record<string, unknown>,
  options: SessionMockOptions = {},
): SessionMock {
  const { routes, modelOptions } = findLifecycleRoutes(spec);
  const model = createSessionModel({
    ...modelOptions,
    ...options,
    templates: options.templates ?? modelOptions.templates,
  });
  return { model, routes, handle: (request) => handleSessionRequest(model, routes, request) };
}
