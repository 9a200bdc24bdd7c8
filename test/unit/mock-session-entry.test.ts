// The session entry the model shows (src/mock/session-entry.ts, session-record.ts, session-store.ts): the
// example's fields with the session's own times, duration, credits and end, on a fake clock. Templates are made up.
import { describe, expect, it } from 'vitest';
import { createSessionModel } from '../../src/mock/index.ts';

const T0 = Date.parse('2026-11-20T10:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString().replace('.000Z', 'Z');
const ENTRY = {
  id: '',
  created_at: '',
  updated_at: '',
  duration: -1,
  credits_consumed: -1,
  mode: 'TEMPLATE_MODE',
  source: 'EXAMPLE_ONLY',
  end_at: 'example end',
  end_reason: 'example reason',
};

function setup(entry: Record<string, unknown> = ENTRY, ttlSeconds?: number) {
  let now = T0;
  const model = createSessionModel({
    templates: { token: {}, start: {}, entry },
    now: () => now,
    ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
  });
  const session = () => {
    const data = model.createToken({}).body.data as { session_id: string; session_token: string };
    return { id: data.session_id, token: data.session_token };
  };
  const entryOf = (id: string) => model.get(id).body.data as Record<string, unknown>;
  return { model, session, entryOf, advance: (seconds: number) => void (now += seconds * 1000) };
}

describe('session entry', () => {
  it('keeps the example’s other fields, and leaves out the end fields while the session runs', () => {
    const { model, session, entryOf, advance } = setup();
    const { id, token } = session();
    model.start(token);
    advance(90);
    const entry = entryOf(id);
    expect(entry).toMatchObject({ id, source: ENTRY.source, mode: ENTRY.mode, created_at: at(0) });
    expect(entry).not.toHaveProperty('end_at');
    expect(entry).not.toHaveProperty('end_reason');
  });

  it('sets only fields the example has', () => {
    const { session, entryOf } = setup({ id: '' });
    const { id } = session();
    expect(entryOf(id)).toEqual({ id });
  });

  it('counts duration from start, not creation, and not at all before start', () => {
    const { model, session, entryOf, advance } = setup();
    const { id, token } = session();
    advance(60);
    expect(entryOf(id).duration).toBe(0);
    model.start(token);
    advance(90);
    expect(entryOf(id)).toMatchObject({ duration: 90, credits_consumed: 1.5 });
  });

  it('charges one credit a minute, to the cent', () => {
    const { model, session, entryOf, advance } = setup();
    const { id, token } = session();
    model.start(token);
    advance(20);
    expect(entryOf(id).credits_consumed).toBe(0.33);
  });

  it('moves updated_at with keep-alive, and keeps end_at at the stop however late it is read', () => {
    const { model, session, entryOf, advance } = setup();
    const { id, token } = session();
    model.start(token);
    advance(30);
    model.keepAlive({ bearer: token });
    expect(entryOf(id).updated_at).toBe(at(30));
    advance(30);
    model.stop({ bearer: token, reason: 'CALLER_LEFT' });
    advance(600);
    expect(entryOf(id)).toMatchObject({ end_at: at(60), end_reason: 'CALLER_LEFT', duration: 60 });
  });

  it('writes date-times in whole seconds', () => {
    let now = T0 + 1999;
    const model = createSessionModel({ templates: { token: {}, start: {}, entry: ENTRY }, now: () => now });
    const { session_id } = model.createToken({}).body.data as { session_id: string };
    now += 1;
    expect(model.get(session_id).body.data).toMatchObject({ created_at: at(1) });
  });
});

describe('session expiry', () => {
  it('counts the session’s time from start, and never expires a stopped session', () => {
    const { model, session, entryOf, advance } = setup(ENTRY, 60);
    const late = session();
    const stopped = session();
    advance(30);
    model.start(late.token);
    model.start(stopped.token);
    model.stop({ bearer: stopped.token, reason: 'CALLER_LEFT' });
    advance(59);
    expect(model.keepAlive({ bearer: late.token }).status).toBe(200);
    advance(1);
    expect(model.keepAlive({ bearer: late.token }).body.code).toBe(4008);
    expect(model.keepAlive({ bearer: stopped.token }).body.code).toBe(4009);
    expect(entryOf(stopped.id)).toMatchObject({ end_reason: 'CALLER_LEFT', end_at: at(30) });
  });
});
