// The session mock's HTTP transport for tests: the front server in-process, in front of the shared Prism, plus a
// fetch that checks every lifecycle answer against the response schema the spec declares for its status.
import { inject } from 'vitest';
import { startSessionServer } from '../../scripts/mock/session-server.ts';
import type { SessionServer } from '../../scripts/mock/session-server.ts';
import { matchRoute } from '../../src/mock/index.ts';
import type { LifecycleRole, LifecycleRoute } from '../../src/mock/index.ts';
import { liveOperations, liveSchemes } from '../support/live-metadata.ts';
import { callableWith, schemeNames } from '../support/live-operations.ts';
import { createSchemaValidator, describeErrors } from '../support/schema-validator.ts';
import { loadSpec, responseSchema } from '../support/spec.ts';

export const spec = await loadSpec(new URL('../../generated/openapi.fixed.json', import.meta.url).pathname);
export const validator = createSchemaValidator(spec);

export function startServer(options: { ttlSeconds?: number } = {}): Promise<SessionServer> {
  return startSessionServer({ spec, prismUrl: inject('prismUrl'), ...options });
}

/** The route of a role, checked to be an operation of the generated metadata too. */
export function routeOf(server: SessionServer, role: LifecycleRole): LifecycleRoute & { key: string } {
  const route = server.mock.routes.find((candidate) => candidate.role === role);
  const key = `${route?.method ?? ''} ${route?.path ?? ''}`;
  if (route === undefined || !liveOperations.some((operation) => operation.key === key)) {
    throw new Error(`no ${role} operation in generated/operations.ts`);
  }
  return { ...route, key };
}

export interface CheckedAnswer {
  key: string;
  status: number;
  problems: string;
}

/** A fetch that validates each lifecycle answer (status declared, body fits its schema) and records it. */
export function schemaCheckingFetch(server: SessionServer, answers: CheckedAnswer[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const url = new URL(request.url);
    const match = matchRoute(server.mock.routes, request.method, url.pathname);
    if (match !== undefined) {
      const { method, path } = match.route;
      const schema = responseSchema(spec, path, method.toLowerCase(), response.status);
      const body: unknown = await response.clone().json();
      const errors = schema === undefined ? [] : validator.errors(schema, body);
      answers.push({
        key: `${method} ${path} ${response.status}`,
        status: response.status,
        problems: schema === undefined ? `status ${response.status} not declared` : describeErrors(errors),
      });
    }
    return response;
  };
}

type Credential = 'bearer' | 'apiKey';

/** A test's own way to call a lifecycle role: the client, the body fields to set and the ones to drop. */
export type RoleCall<Caller, Answer> = (
  caller: Caller,
  role: LifecycleRole,
  fields: Record<string, unknown>,
  omit: string[],
) => Promise<Answer>;

/**
 * Calls keep-alive or stop for one session with `preferred`'s credential where the spec lets the role's operation
 * take it, else the other (read from the metadata, so an auth change upstream changes the call, not the test).
 * The bearer token alone names its session (the official SDK's way); the API key sends `session_id`.
 */
export function sessionCaller<Caller, Answer>(
  server: SessionServer,
  call: RoleCall<Caller, Answer>,
  preferred: Credential,
  callers: Record<Credential, Caller>,
  sessionId: unknown,
): (role: LifecycleRole) => Promise<Answer> {
  return (role) => {
    const { key } = routeOf(server, role);
    const operation = liveOperations.find((candidate) => candidate.key === key);
    const accepts = (credential: Credential) =>
      operation !== undefined && callableWith(operation, schemeNames(liveSchemes, credential));
    const credential = accepts(preferred) ? preferred : preferred === 'bearer' ? 'apiKey' : 'bearer';
    return credential === 'bearer'
      ? call(callers.bearer, role, {}, ['session_id'])
      : call(callers.apiKey, role, { session_id: sessionId }, []);
  };
}
