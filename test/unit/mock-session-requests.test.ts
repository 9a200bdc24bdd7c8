// How transport-neutral requests reach the session model (src/mock/session-requests.ts): route matching, the
// bearer header, bodies and list queries. Routes and templates are made up here, so no upstream path is named.
import { describe, expect, it } from 'vitest';
import { bearerToken, createSessionModel, handleSessionRequest, matchRoute } from '../../src/mock/index.ts';
import type { LifecycleRoute, MockAnswer, SessionRequest } from '../../src/mock/index.ts';

const ROUTES: readonly LifecycleRoute[] = [
  { role: 'token', method: 'POST', path: '/rehearsal/token', successStatus: 200 },
  { role: 'start', method: 'POST', path: '/rehearsal/start', successStatus: 201 },
  { role: 'keepAlive', method: 'POST', path: '/rehearsal/ping', successStatus: 200 },
  { role: 'stop', method: 'POST', path: '/rehearsal/halt', successStatus: 200 },
  { role: 'get', method: 'GET', path: '/rehearsal/{sid}', successStatus: 200, idParameter: 'sid' },
  { role: 'list', method: 'GET', path: '/rehearsal', successStatus: 200 },
];
const TEMPLATES = { token: {}, start: {}, entry: { id: '', mode: 'TEMPLATE', end_reason: '' } };

function setup(routes: readonly LifecycleRoute[] = ROUTES) {
  let now = Date.parse('2026-11-20T10:00:00Z');
  const model = createSessionModel({
    templates: TEMPLATES,
    listPath: '/rehearsal',
    defaultStopReason: 'NONE_GIVEN',
    now: () => now,
  });
  const send = (method: string, path: string, extra: Partial<SessionRequest> = {}): MockAnswer => {
    const [pathname = '', search] = path.split('?');
    const request = {
      method,
      pathname,
      query: new URLSearchParams(search),
      bearer: undefined,
      body: undefined,
    };
    const answer = handleSessionRequest(model, routes, { ...request, ...extra });
    if (answer === undefined) throw new Error(`no route for ${method} ${path}`);
    return answer;
  };
  const data = (answer: MockAnswer) => answer.body.data as Record<string, unknown>;
  const started = (body: unknown = {}) => {
    const token = data(send('POST', '/rehearsal/token', { body })).session_token as string;
    const id = data(send('POST', '/rehearsal/start', { bearer: token })).session_id as string;
    now += 1000;
    return { id, token };
  };
  return { model, send, data, started };
}

describe('matchRoute', () => {
  it('tells routes on one path apart by method, in any case', () => {
    const routes: LifecycleRoute[] = [
      { role: 'token', method: 'POST', path: '/same', successStatus: 200 },
      { role: 'list', method: 'GET', path: '/same', successStatus: 200 },
    ];
    expect(matchRoute(routes, 'get', '/same')?.route.role).toBe('list');
    expect(matchRoute(routes, 'PUT', '/same')).toBeUndefined();
  });

  it('takes a whole segment as a parameter, decoded, and needs every segment', () => {
    expect(matchRoute(ROUTES, 'GET', '/rehearsal/a%20b')?.parameters).toEqual({ sid: 'a b' });
    expect(matchRoute(ROUTES, 'GET', '/rehearsal/%E0%A4%A')?.parameters).toEqual({ sid: '%E0%A4%A' });
    expect(matchRoute(ROUTES, 'GET', '/rehearsal/')).toBeUndefined();
    expect(matchRoute(ROUTES, 'GET', '/rehearsal/abc/extra')).toBeUndefined();
    expect(matchRoute(ROUTES, 'GET', '/elsewhere/abc')).toBeUndefined();
  });

  it('matches a segment that is only partly a parameter literally', () => {
    const routes: LifecycleRoute[] = [
      { role: 'get', method: 'GET', path: '/files/{name}.json', successStatus: 200 },
      { role: 'list', method: 'GET', path: '/files/v{version}', successStatus: 200 },
    ];
    expect(matchRoute(routes, 'GET', '/files/abc')).toBeUndefined();
    expect(matchRoute(routes, 'GET', '/files/{name}.json')?.parameters).toEqual({});
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header in any case, around spaces', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('  bearer   abc def ')).toBe('abc def');
  });

  it('reads nothing from another scheme, an empty token, a line break or no header', () => {
    for (const header of ['Basic abc', 'xBearer abc', 'Bearer ', 'Bearer abc\ndef', null, undefined]) {
      expect(bearerToken(header)).toBeUndefined();
    }
  });
});

describe('handleSessionRequest', () => {
  it('answers undefined for a request no lifecycle route takes', () => {
    const { model } = setup();
    const request = { method: 'GET', pathname: '/other', query: new URLSearchParams(), bearer: undefined };
    expect(handleSessionRequest(model, ROUTES, { ...request, body: undefined })).toBeUndefined();
  });

  it('answers 401 to a start without a bearer token', () => {
    const { send } = setup();
    expect(send('POST', '/rehearsal/start')).toEqual({
      status: 401,
      body: { code: 4001, data: null, message: 'Not authenticated' },
    });
  });

  it('passes the token body on, and reads a null or array body as empty', () => {
    const { send, data, started } = setup();
    const { id } = started({ mode: 'CUSTOM_MODE' });
    expect(data(send('GET', `/rehearsal/${id}`)).mode).toBe('CUSTOM_MODE');
    for (const body of [null, ['mode', 'CUSTOM_MODE']]) {
      const other = data(send('POST', '/rehearsal/token', { body })).session_id as string;
      expect(data(send('GET', `/rehearsal/${other}`)).mode).toBe('TEMPLATE');
    }
  });

  it('names the session by session_id in the body, else by the bearer token when that is no string', () => {
    const { model, send, started } = setup();
    const named = started();
    const other = started();
    expect(send('POST', '/rehearsal/ping', { body: { session_id: named.id } }).status).toBe(200);
    expect(send('POST', '/rehearsal/halt', { body: { session_id: 42 }, bearer: other.token }).status).toBe(
      200,
    );
    expect(model.sessions().map((record) => record.state)).toEqual(['active', 'ended']);
  });

  it('stops with the body’s reason when it is a string, the default otherwise', () => {
    const { send, data, started } = setup();
    const given = started();
    const odd = started();
    send('POST', '/rehearsal/halt', { bearer: given.token, body: { reason: 'CALLER_LEFT' } });
    send('POST', '/rehearsal/halt', { bearer: odd.token, body: { reason: 7 } });
    expect(data(send('GET', `/rehearsal/${given.id}`)).end_reason).toBe('CALLER_LEFT');
    expect(data(send('GET', `/rehearsal/${odd.id}`)).end_reason).toBe('NONE_GIVEN');
  });

  it('gets the session the path names, and answers 404 for a malformed or missing id', () => {
    const { send, data, started } = setup();
    const { id } = started();
    expect(data(send('GET', `/rehearsal/${encodeURIComponent(id)}`)).id).toBe(id);
    expect(send('GET', '/rehearsal/%E0%A4%A').body.message).toBe('Session %E0%A4%A not found');
    for (const idParameter of [undefined, 'absent']) {
      const routes = ROUTES.map((route) => (route.role === 'get' ? { ...route, idParameter } : route));
      expect(setup(routes).send('GET', `/rehearsal/${id}`).body).toEqual({
        code: 4004,
        data: null,
        message: 'Session  not found',
      });
    }
  });

  it('lists by the query’s type, page and page_size, with defaults for absent or non-numeric ones', () => {
    const { send, data, started } = setup();
    const ids = [started(), started(), started()].map((session) => session.id);
    send('POST', '/rehearsal/halt', { body: { session_id: ids[0] } });
    expect(data(send('GET', '/rehearsal?type=historic'))).toMatchObject({
      count: 1,
      results: [{ id: ids[0] }],
    });
    expect(data(send('GET', '/rehearsal?page=2&page_size=1'))).toMatchObject({
      count: 3,
      results: [{ id: ids[1] }],
      next: '/rehearsal?page=3&page_size=1',
      previous: '/rehearsal?page=1&page_size=1',
    });
    const defaults = data(send('GET', '/rehearsal?page=x&page_size=y'));
    expect(defaults).toEqual(data(send('GET', '/rehearsal')));
    expect(defaults).toMatchObject({ count: 3, results: [{ id: ids[2] }, { id: ids[1] }, { id: ids[0] }] });
    expect(defaults).not.toHaveProperty('previous');
  });
});
