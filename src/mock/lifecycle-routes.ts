/**
 * Finds the session lifecycle operations in an OpenAPI document by what they are, not by their paths: a path
 * renamed upstream is followed with no edit. Keep-alive and stop look alike (a POST naming a session, answering
 * no data), so those two are told apart by their name (path or operationId): an upstream rename of those words
 * makes `findLifecycleRoutes` throw a `LifecycleRouteError` saying which operation it could not find, which the
 * mock prints at startup.
 */
import { objectAt, readOperations } from './spec-reader.ts';
import type { SpecOperation } from './spec-reader.ts';
import type { SessionModelOptions, SessionTemplates } from './session-model.ts';

export type LifecycleRole = 'token' | 'start' | 'keepAlive' | 'stop' | 'get' | 'list';

export interface LifecycleRoute {
  role: LifecycleRole;
  method: string;
  /** The path template, e.g. `/v1/sessions/{session_id}`. */
  path: string;
  successStatus: number;
  /** For `get`: the path parameter holding the session id. */
  idParameter?: string;
}

export interface LifecycleRoutes {
  routes: readonly LifecycleRoute[];
  /** What the session model needs from the same document: example data and the end reasons. */
  modelOptions: Pick<
    SessionModelOptions,
    'templates' | 'defaultStopReason' | 'expiredReason' | 'listPath' | 'statuses'
  >;
}

export class LifecycleRouteError extends Error {
  override readonly name = 'LifecycleRouteError';
}

const SESSION_ID = 'session_id';
const isPost = (op: SpecOperation) => op.method === 'POST';
const dataHas = (op: SpecOperation, field: string) => field in objectAt(op.dataSchema?.properties);
const namedLike = (op: SpecOperation, pattern: RegExp) =>
  pattern.test(op.path.slice(op.path.lastIndexOf('/') + 1)) || pattern.test(op.operationId);
/** POST naming a session in its body and answering no data: keep-alive and stop. */
const sessionCommand = (op: SpecOperation) =>
  isPost(op) && SESSION_ID in op.bodyProperties && op.dataSchema === undefined;

const ROLES: readonly { role: LifecycleRole; what: string; test: (op: SpecOperation) => boolean }[] = [
  {
    role: 'token',
    what: 'a POST whose data has session_id and session_token',
    test: (op) => isPost(op) && dataHas(op, SESSION_ID) && dataHas(op, 'session_token'),
  },
  {
    role: 'start',
    what: 'a POST for a bearer token alone whose data has session_id and no session_token',
    test: (op) =>
      isPost(op) &&
      op.security.length > 0 &&
      op.security.every((alternative) => alternative.join() === 'bearer') &&
      dataHas(op, SESSION_ID) &&
      !dataHas(op, 'session_token'),
  },
  {
    role: 'keepAlive',
    what: 'a POST with session_id in its body, data null, named keep-alive',
    test: (op) => sessionCommand(op) && namedLike(op, /keep[-_]?alive/i),
  },
  {
    role: 'stop',
    what: 'a POST with session_id in its body, data null, named stop',
    test: (op) => sessionCommand(op) && namedLike(op, /(^|[-_])stop([-_]|$)/i),
  },
  {
    role: 'get',
    what: 'a GET whose path ends in {session_id} and whose data has an id',
    test: (op) => op.method === 'GET' && op.path.endsWith(`/{${SESSION_ID}}`) && dataHas(op, 'id'),
  },
  {
    role: 'list',
    what: 'a paginated GET with a `type` query of active and historic',
    test: (op) => {
      const values = objectAt(op.queryParameters.type).enum;
      return (
        op.method === 'GET' &&
        Array.isArray(values) &&
        values.includes('active') &&
        values.includes('historic') &&
        dataHas(op, 'results')
      );
    },
  },
];

export function findLifecycleRoutes(spec: Record<string, unknown>): LifecycleRoutes {
  const operations = readOperations(spec);
  const found = new Map<LifecycleRole, SpecOperation>();
  for (const { role, what, test } of ROLES) {
    const matches = operations.filter(test);
    if (matches.length !== 1) {
      const seen = matches.map((op) => `${op.method} ${op.path}`).join(', ');
      throw new LifecycleRouteError(
        `session mock: expected exactly one ${role} operation (${what}), found ${matches.length}${seen === '' ? '' : `: ${seen}`}`,
      );
    }
    found.set(role, matches[0] as SpecOperation);
  }
  const at = (role: LifecycleRole) => found.get(role) as SpecOperation;
  const routes = ROLES.map(({ role }): LifecycleRoute => {
    const op = at(role);
    return {
      role,
      method: op.method,
      path: op.path,
      successStatus: op.successStatus,
      idParameter: op.pathParameters[0],
    };
  });
  return { routes, modelOptions: modelOptions(at) };
}

function modelOptions(at: (role: LifecycleRole) => SpecOperation): LifecycleRoutes['modelOptions'] {
  const templates: SessionTemplates = {
    token: objectAt(at('token').exampleData),
    start: objectAt(at('start').exampleData),
    entry: objectAt(at('get').exampleData),
  };
  const reason = objectAt(at('stop').bodyProperties.reason);
  return {
    templates,
    listPath: at('list').path,
    defaultStopReason: typeof reason.default === 'string' ? reason.default : undefined,
    expiredReason: Array.isArray(reason.enum)
      ? reason.enum.map(String).find((value) => /max_duration|expire/i.test(value))
      : undefined,
    statuses: Object.fromEntries(ROLES.map(({ role }) => [role, at(role).successStatus])),
  };
}
