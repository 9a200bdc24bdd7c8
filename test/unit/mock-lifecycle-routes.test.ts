// How the session mock finds its six lifecycle operations (src/mock/lifecycle-routes.ts), on small documents made
// here: each role by its shape and name, near misses left alone, the end reasons and statuses read from the spec,
// and the one-line error naming the role it could not pin down.
import { describe, expect, it } from 'vitest';
import { findLifecycleRoutes, LifecycleRouteError } from '../../src/mock/lifecycle-routes.ts';
import type { LifecycleRole } from '../../src/mock/lifecycle-routes.ts';

type Json = Record<string, unknown>;

interface Op {
  method: string;
  path: string;
  operationId?: string;
  /** Alternatives of the security requirement, as scheme names of SCHEMES. */
  security?: string[][];
  body?: Json;
  /** The success envelope's data schema; null data when absent. */
  data?: Json;
  status?: number;
  example?: Json;
  parameters?: Json[];
}

const SCHEMES = {
  key: { type: 'apiKey', in: 'header', name: 'X-Key' },
  bearer: { type: 'http', scheme: 'Bearer' },
};
const ROLES: LifecycleRole[] = ['token', 'start', 'keepAlive', 'stop', 'get', 'list'];

const object = (...names: string[]): Json => ({
  type: 'object',
  properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
});
const REASON = { type: 'string', enum: ['by_user', 'idle_expired'], default: 'by_user' };
const TYPE_QUERY = { in: 'query', name: 'type', schema: { type: 'string', enum: ['active', 'historic'] } };

const BASE: Record<LifecycleRole, Op> = {
  token: {
    method: 'POST',
    path: '/calls/ticket',
    security: [['key']],
    data: object('session_id', 'session_token'),
    status: 200,
    example: { session_id: 's-1', session_token: 't-1' },
  },
  start: {
    method: 'POST',
    path: '/calls/open',
    security: [['bearer']],
    data: object('session_id', 'url'),
    status: 201,
    example: { session_id: 's-1', url: 'wss://x' },
  },
  keepAlive: { method: 'POST', path: '/calls/keep-alive', body: object('session_id'), status: 202 },
  stop: {
    method: 'POST',
    path: '/calls/stop',
    body: { type: 'object', properties: { session_id: { type: 'string' }, reason: REASON } },
    status: 204,
  },
  get: {
    method: 'GET',
    path: '/calls/{session_id}',
    parameters: [{ in: 'path', name: 'session_id' }],
    data: object('id', 'status'),
    status: 206,
    example: { id: 's-1', status: 'ACTIVE' },
  },
  list: { method: 'GET', path: '/calls', parameters: [TYPE_QUERY], data: object('results'), status: 207 },
};

function operation(op: Op): Json {
  const content = {
    schema: { type: 'object', properties: { data: op.data ?? { type: 'null' } } },
    ...(op.example === undefined ? {} : { example: { data: op.example } }),
  };
  return {
    ...(op.operationId === undefined ? {} : { operationId: op.operationId }),
    security: (op.security ?? []).map((names) => Object.fromEntries(names.map((name) => [name, []]))),
    parameters: op.parameters ?? [],
    ...(op.body === undefined
      ? {}
      : { requestBody: { content: { 'application/json': { schema: op.body } } } }),
    responses: { [String(op.status ?? 200)]: { content: { 'application/json': content } } },
  };
}

/** The BASE document with some roles replaced (or dropped with `undefined`) and extra operations added. */
function documentWith(changes: Partial<Record<LifecycleRole, Op | undefined>> = {}, extra: Op[] = []): Json {
  const ops = [...ROLES.map((role) => (role in changes ? changes[role] : BASE[role])), ...extra];
  const paths: Record<string, Json> = {};
  for (const op of ops) {
    if (op !== undefined) paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: operation(op) };
  }
  return { openapi: '3.1.0', paths, components: { securitySchemes: SCHEMES } };
}

const pathsFound = (spec: Json) => findLifecycleRoutes(spec).routes.map((route) => route.path);
const BASE_PATHS = ROLES.map((role) => BASE[role].path);

describe('each lifecycle role found by what it is', () => {
  it('returns the six routes with their method, path, success status and session id parameter', () => {
    const { routes, modelOptions } = findLifecycleRoutes(documentWith());
    expect(routes).toEqual(
      ROLES.map((role) => ({
        role,
        method: BASE[role].method,
        path: BASE[role].path,
        successStatus: BASE[role].status,
        idParameter: role === 'get' ? 'session_id' : undefined,
      })),
    );
    expect(modelOptions.statuses).toEqual(Object.fromEntries(ROLES.map((role) => [role, BASE[role].status])));
    expect(modelOptions.listPath).toBe(BASE.list.path);
    expect(modelOptions.templates).toEqual({
      token: BASE.token.example,
      start: BASE.start.example,
      entry: BASE.get.example,
    });
  });

  it('takes a bearer-only POST whose data has a session_token as the token, not the start', () => {
    const spec = documentWith({ token: { ...BASE.token, security: [['bearer']] } });
    expect(pathsFound(spec)).toEqual(BASE_PATHS);
  });

  it.each([
    ['keepAlive', { path: '/calls/keepalive' }],
    ['keepAlive', { path: '/calls/ping_keep_alive' }],
    ['keepAlive', { path: '/calls/ping', operationId: 'callKeepAlive' }],
    ['stop', { path: '/calls/stop_now' }],
    ['stop', { path: '/calls/call-stop' }],
    ['stop', { path: '/calls/end', operationId: 'call_stop' }],
  ] as const)('finds %s named %j', (role, naming) => {
    const renamed = { ...BASE[role], ...naming };
    const route = findLifecycleRoutes(documentWith({ [role]: renamed })).routes.find((r) => r.role === role);
    expect(route?.path).toBe(renamed.path);
  });

  it.each([
    ['keepAlive', { path: '/keep-alive/ping' }],
    ['stop', { path: '/stop/end' }],
    ['stop', { path: '/calls/backstop' }],
    ['stop', { path: '/calls/stopwatch' }],
    ['stop', { path: '/calls/end', operationId: 'nonstop' }],
  ] as const)('does not take %s named %j', (role, naming) => {
    const spec = documentWith({ [role]: { ...BASE[role], ...naming } });
    expect(() => findLifecycleRoutes(spec)).toThrow(`expected exactly one ${role} operation`);
  });
});

describe('near misses are not taken', () => {
  const cases: [string, Op][] = [
    [
      'a GET whose data has session_id and session_token',
      { method: 'GET', path: '/x/pair', data: object('session_id', 'session_token') },
    ],
    [
      'a GET for a bearer token whose data has session_id',
      { method: 'GET', path: '/x/b', security: [['bearer']], data: object('session_id') },
    ],
    [
      'a POST with no security whose data has session_id',
      { method: 'POST', path: '/x/open', data: object('session_id') },
    ],
    [
      'a POST for an API key whose data has session_id',
      { method: 'POST', path: '/x/open', security: [['key']], data: object('session_id') },
    ],
    [
      'a POST for a bearer token or an API key',
      { method: 'POST', path: '/x/open', security: [['bearer'], ['key']], data: object('session_id') },
    ],
    [
      'a POST for a bearer token and an API key together',
      { method: 'POST', path: '/x/open', security: [['bearer', 'key']], data: object('session_id') },
    ],
    [
      'a GET named keep-alive with session_id in its body',
      { method: 'GET', path: '/x/keep-alive', body: object('session_id') },
    ],
    [
      'a POST named keep-alive without session_id in its body',
      { method: 'POST', path: '/x/keep-alive', body: object('id') },
    ],
    [
      'a POST named keep-alive answering data',
      { method: 'POST', path: '/x/keep-alive', body: object('session_id'), data: object('ok') },
    ],
    [
      'a POST whose path ends in {session_id} and whose data has an id',
      { method: 'POST', path: '/x/{session_id}', data: object('id') },
    ],
    [
      'a GET ending in {session_id} whose data has no id',
      { method: 'GET', path: '/x/{session_id}', data: object('name') },
    ],
    [
      'a POST with the active/historic type query and results',
      { method: 'POST', path: '/x/search', parameters: [TYPE_QUERY], data: object('results') },
    ],
  ];
  it.each(cases)('%s', (_, nearMiss) => {
    expect(pathsFound(documentWith({}, [nearMiss]))).toEqual(BASE_PATHS);
  });
});

describe('the end reasons read from the stop operation', () => {
  const stopWithReason = (reason: Json | undefined) => {
    const properties = { session_id: { type: 'string' }, ...(reason === undefined ? {} : { reason }) };
    const spec = documentWith({ stop: { ...BASE.stop, body: { type: 'object', properties } } });
    return findLifecycleRoutes(spec).modelOptions;
  };

  it('takes the default reason and the expiry one from the enum', () => {
    expect(stopWithReason(REASON)).toMatchObject({
      defaultStopReason: 'by_user',
      expiredReason: 'idle_expired',
    });
    const maxDuration = { enum: ['client', 'max_duration_reached'] };
    expect(stopWithReason(maxDuration)).toMatchObject({ expiredReason: 'max_duration_reached' });
  });

  it('leaves them unset when the spec has no reason, no string default or no expiry value', () => {
    for (const reason of [undefined, { type: 'string' }, { enum: ['client'], default: 3 }]) {
      const options = stopWithReason(reason);
      expect(options.defaultStopReason).toBeUndefined();
      expect(options.expiredReason).toBeUndefined();
    }
  });
});

describe('the error when a role is not pinned down', () => {
  const WHAT: Record<LifecycleRole, string> = {
    token: 'a POST whose data has session_id and session_token',
    start: 'a POST for a bearer token alone whose data has session_id and no session_token',
    keepAlive: 'a POST with session_id in its body, data null, named keep-alive',
    stop: 'a POST with session_id in its body, data null, named stop',
    get: 'a GET whose path ends in {session_id} and whose data has an id',
    list: 'a paginated GET with a `type` query of active and historic',
  };

  it.each(ROLES)('names the missing %s operation and what it looked for, on one line', (role) => {
    const spec = documentWith({ [role]: undefined });
    const error = (() => {
      try {
        findLifecycleRoutes(spec);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(LifecycleRouteError);
    expect(error).toMatchObject({
      name: 'LifecycleRouteError',
      message: `session mock: expected exactly one ${role} operation (${WHAT[role]}), found 0`,
    });
  });

  it('lists the candidates when there are two', () => {
    const twin = { ...BASE.stop, path: '/calls/{id}/stop' };
    expect(() => findLifecycleRoutes(documentWith({}, [twin]))).toThrow(
      `session mock: expected exactly one stop operation (${WHAT.stop}), found 2: POST ${BASE.stop.path}, POST ${twin.path}`,
    );
  });
});
