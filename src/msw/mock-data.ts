/**
 * The generated answers (generated/mock-data.ts) read with their types: every operation's success status and
 * example, and the session lifecycle the shared model (src/mock) runs on.
 */
import { mockLifecycle, mockOperations } from '../../generated/mock-data.ts';
import { LifecycleRouteError } from '../mock/lifecycle-routes.ts';
import type { LifecycleRoutes } from '../mock/lifecycle-routes.ts';

export interface MockOperation {
  method: string;
  /** The spec's path template, e.g. `/v1/sessions/{session_id}`. */
  path: string;
  status: number;
  /** The generated example body (the whole `{code, data, message}` envelope), or null without a JSON body. */
  body: unknown;
}

export const operations = mockOperations as readonly MockOperation[];

/** The lifecycle the generator found; a spec without it fails here, saying which operation is missing. */
export function lifecycleRoutes(): LifecycleRoutes {
  const found = mockLifecycle as LifecycleRoutes | { error: string };
  if ('error' in found) throw new LifecycleRouteError(found.error);
  return found;
}
