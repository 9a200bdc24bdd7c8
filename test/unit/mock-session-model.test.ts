// The session model (src/mock) on the frozen November 2026 document: its lifecycle routes are found by what they
// are, and the model, driven by a fake clock, keeps one coherent state. No HTTP here: the model is transport-free.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSessionMock, findLifecycleRoutes, LifecycleRouteError } from '../../src/mock/index.ts';
import type { MockAnswer, SessionMock } from '../../src/mock/index.ts';

const FROZEN_SPEC = new URL('../fixtures/liveavatar-2026-11/generated/openapi.fixed.json', import.meta.url);
const spec = JSON.parse(readFileSync(FROZEN_SPEC, 'utf8')) as Record<string, unknown>;
const START_MS = Date.parse('2026-11-20T10:00:00Z');

function fixture(options: { ttlSeconds?: number; seed?: number } = {}) {
  let now = START_MS;
  const mock = createSessionMock(spec, { ...options, now: () => now });
  return {
    mock,
    model: mock.model,
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

type Data = Record<string, unknown>;
const dataOf = (answer: MockAnswer) => answer.body.data as Data;
function issueToken(mock: SessionMock, body: Data = { mode: 'FULL' }) {
  const data = dataOf(mock.model.createToken(body));
  return { id: data.session_id as string, token: data.session_token as string };
}

describe('lifecycle routes found in the frozen document', () => {
  it('finds the six lifecycle operations by shape and name, with their success statuses', () => {
    const { routes } = findLifecycleRoutes(spec);
    expect(
      routes.map((route) => `${route.role} ${route.method} ${route.path} ${route.successStatus}`),
    ).toEqual([
      'token POST /v1/sessions/token 200',
      'start POST /v1/sessions/start 201',
      'keepAlive POST /v1/sessions/keep-alive 200',
      'stop POST /v1/sessions/stop 200',
      'get GET /v1/sessions/{session_id} 200',
      'list GET /v1/sessions 200',
    ]);
  });

  it('names the missing operation when upstream renames keep-alive (a clear startup error)', () => {
    const renamed = structuredClone(spec) as { paths: Record<string, unknown> };
    renamed.paths['/v1/sessions/heartbeat'] = renamed.paths['/v1/sessions/keep-alive'];
    const heartbeat = renamed.paths['/v1/sessions/heartbeat'] as { post: { operationId: string } };
    heartbeat.post = { ...heartbeat.post, operationId: 'heartbeat' };
    delete renamed.paths['/v1/sessions/keep-alive'];
    expect(() => findLifecycleRoutes(renamed)).toThrow(LifecycleRouteError);
    expect(() => findLifecycleRoutes(renamed)).toThrow(
      /keepAlive operation \(a POST with session_id .*named keep-alive\), found 0/,
    );
  });
});

describe('session model', () => {
  it('token → start returns the same session id; keep-alive, get, stop, then historic', () => {
    const { mock, model, advance } = fixture();
    const { id, token } = issueToken(mock);
    expect(model.get(id).body.data).toMatchObject({ id, mode: 'FULL' });
    expect(model.list({ type: 'active' }).body.data).toMatchObject({ count: 0 });
    const started = model.start(token);
    expect(started.status).toBe(201);
    expect(dataOf(started).session_id).toBe(id);
    advance(90);
    expect(model.keepAlive({ bearer: token })).toEqual({
      status: 200,
      body: { code: 1000, data: null, message: 'Success' },
    });
    expect(model.list({ type: 'active' }).body.data).toMatchObject({
      count: 1,
      results: [{ id, duration: 90 }],
    });
    advance(30);
    expect(model.stop({ bearer: token, reason: 'USER_CLOSED' }).status).toBe(200);
    const entry = dataOf(model.get(id));
    expect(entry).toMatchObject({
      id,
      duration: 120,
      end_reason: 'USER_CLOSED',
      end_at: '2026-11-20T10:02:00Z',
    });
    expect(Date.parse(entry.end_at as string)).toBeGreaterThanOrEqual(Date.parse(entry.created_at as string));
    expect(model.list({ type: 'active' }).body.data).toMatchObject({ count: 0, results: [] });
    expect(model.list({ type: 'historic' }).body.data).toMatchObject({ count: 1, results: [{ id }] });
  });

  it('after stop and for unknown sessions, keep-alive and stop answer 4xx envelopes', () => {
    const { mock, model } = fixture();
    const { id, token } = issueToken(mock);
    expect(model.keepAlive({ bearer: token }).body).toMatchObject({ code: 4007, data: null });
    model.start(token);
    model.stop({ sessionId: id });
    for (const answer of [
      model.keepAlive({ bearer: token }),
      model.stop({ bearer: token }),
      model.start(token),
    ]) {
      expect(answer).toEqual({
        status: 400,
        body: { code: 4009, data: null, message: `Session ${id} has already ended` },
      });
    }
    expect(model.keepAlive({ bearer: 'never-issued' }).status).toBe(404);
    expect(model.stop({ sessionId: '00000000-0000-4000-8000-000000000000' }).body).toMatchObject({
      code: 4004,
    });
    expect(model.get('does-not-exist')).toEqual({
      status: 404,
      body: { code: 4004, data: null, message: 'Session does-not-exist not found' },
    });
    expect(model.keepAlive({})).toMatchObject({ status: 404 });
  });

  it('an unknown bearer token starts a fresh session of its own; a second token gets its own', () => {
    const { mock, model } = fixture();
    const first = dataOf(model.start('any-string-token')).session_id;
    const second = dataOf(model.start('another-token')).session_id;
    const issued = issueToken(mock);
    expect(new Set([first, second, issued.id]).size).toBe(3);
    expect(model.start('any-string-token').body).toMatchObject({ code: 4010 });
    expect(model.stop({ bearer: 'any-string-token' }).status).toBe(200);
    // A string of the caller's own, once its session ended, starts another (the official SDK reuses its token).
    expect(dataOf(model.start('any-string-token')).session_id).not.toBe(first);
  });

  it('finds the session from session_id in the body before the bearer token (an API-key caller)', () => {
    const { mock, model } = fixture();
    const a = issueToken(mock);
    const b = issueToken(mock);
    model.start(a.token);
    model.start(b.token);
    expect(model.stop({ bearer: a.token, sessionId: b.id }).status).toBe(200);
    expect(model.sessions().map((record) => [record.id, record.state])).toEqual([
      [a.id, 'active'],
      [b.id, 'ended'],
    ]);
  });

  it('expires a session after --session-ttl: keep-alive answers the expired error and it becomes historic', () => {
    const { mock, model, advance } = fixture({ ttlSeconds: 30 });
    const { id, token } = issueToken(mock);
    model.start(token);
    advance(29);
    expect(model.keepAlive({ bearer: token }).status).toBe(200);
    advance(1);
    expect(model.keepAlive({ bearer: token })).toEqual({
      status: 400,
      body: { code: 4008, data: null, message: `Session ${id} has expired` },
    });
    expect(model.list({ type: 'historic' }).body.data).toMatchObject({
      count: 1,
      results: [{ id, duration: 30, end_reason: 'MAX_DURATION_REACHED', end_at: '2026-11-20T10:00:30Z' }],
    });
  });

  it('expires at the token’s max_session_duration when no TTL is set', () => {
    const { mock, model, advance } = fixture();
    const { token } = issueToken(mock, { mode: 'LITE', max_session_duration: 120 });
    model.start(token);
    advance(119);
    expect(model.keepAlive({ bearer: token }).status).toBe(200);
    advance(1);
    expect(model.keepAlive({ bearer: token }).body).toMatchObject({ code: 4008 });
  });

  it('pages lists newest first, honouring page and page_size, with next/previous links', () => {
    const { mock, model, advance } = fixture();
    const ids = Array.from({ length: 5 }, () => {
      const { id, token } = issueToken(mock);
      model.start(token);
      advance(1);
      return id;
    });
    const page = (number: number) =>
      model.list({ type: 'active', page: number, pageSize: 2 }).body.data as Data;
    expect(page(1)).toMatchObject({
      count: 5,
      results: [{ id: ids[4] }, { id: ids[3] }],
      next: '/v1/sessions?type=active&page=2&page_size=2',
    });
    expect(page(2)).toMatchObject({
      results: [{ id: ids[2] }, { id: ids[1] }],
      previous: '/v1/sessions?type=active&page=1&page_size=2',
    });
    expect(page(3)).toMatchObject({ results: [{ id: ids[0] }] });
    expect(page(3)).not.toHaveProperty('next');
    expect(page(9)).toMatchObject({ count: 5, results: [] });
  });

  it('gives the same ids for the same seed, other ids for another, and starts over on reset', () => {
    const idsOf = (seed: number) => {
      const { mock } = fixture({ seed });
      return [issueToken(mock).id, issueToken(mock).id];
    };
    expect(idsOf(7)).toEqual(idsOf(7));
    expect(idsOf(7)).not.toEqual(idsOf(8));
    const { mock, model } = fixture({ seed: 7 });
    const first = issueToken(mock);
    model.reset();
    expect(model.sessions()).toEqual([]);
    expect(issueToken(mock)).toEqual(first);
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
