// What the session model takes from a token request and gives back at token and start
// (src/mock/session-model.ts, session-store.ts): only well-typed body fields count. Templates are made up here.
import { describe, expect, it } from 'vitest';
import { createSessionModel } from '../../src/mock/index.ts';
import type { SessionTemplates, TokenRequest } from '../../src/mock/index.ts';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const ENTRY = { id: '', mode: 'TEMPLATE_MODE', is_sandbox: 'template' };

function setup(start: SessionTemplates['start'] = { max_session_duration: 0 }) {
  const model = createSessionModel({
    templates: { token: { extra: 'kept' }, start, entry: ENTRY },
    defaultMaxSessionDuration: 600,
    now: () => NOW,
  });
  const issue = (body: TokenRequest | undefined) =>
    model.createToken(body).body.data as { session_id: string; session_token: string; extra: string };
  const entryOf = (body: TokenRequest | undefined) => model.get(issue(body).session_id).body.data;
  const startedWith = (body: TokenRequest | undefined) =>
    model.start(issue(body).session_token).body.data as Record<string, unknown>;
  return { model, issue, entryOf, startedWith };
}

describe('token request', () => {
  it('takes a string mode and a boolean is_sandbox, and leaves the example’s values for others', () => {
    const { entryOf } = setup();
    expect(entryOf({ mode: 'CUSTOM_MODE', is_sandbox: false })).toMatchObject({
      mode: 'CUSTOM_MODE',
      is_sandbox: false,
    });
    for (const body of [{ mode: 3, is_sandbox: 'yes' }, undefined]) {
      expect(entryOf(body)).toMatchObject({ mode: ENTRY.mode, is_sandbox: ENTRY.is_sandbox });
    }
  });

  it('takes a positive integer max_session_duration, the default for anything else', () => {
    const { startedWith } = setup();
    expect(startedWith({ max_session_duration: 300 }).max_session_duration).toBe(300);
    for (const max_session_duration of [0, -5, 1.5, '300', undefined]) {
      expect(startedWith({ max_session_duration }).max_session_duration).toBe(600);
    }
    expect(startedWith(undefined).max_session_duration).toBe(600);
  });

  it('answers a token naming its session and the time it was issued, keeping the example’s other fields', () => {
    const { issue } = setup();
    const data = issue({});
    const payload = data.session_token.split('.')[1] ?? '';
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({
      sub: data.session_id,
      iat: NOW / 1000,
    });
    expect(data.extra).toBe('kept');
  });
});

describe('start answer', () => {
  it('gives max_session_duration only when the example has that field', () => {
    expect(setup({}).startedWith({ max_session_duration: 300 })).not.toHaveProperty('max_session_duration');
  });

  it('says which session is already started or not started yet', () => {
    const { model, issue } = setup();
    const { session_id, session_token } = issue({});
    expect(model.keepAlive({ bearer: session_token }).body.message).toBe(
      `Session ${session_id} has not started`,
    );
    model.start(session_token);
    expect(model.start(session_token)).toEqual({
      status: 400,
      body: { code: 4010, data: null, message: `Session ${session_id} has already started` },
    });
  });

  it('answers 404 naming no session when keep-alive names none', () => {
    expect(setup().model.keepAlive({}).body).toEqual({
      code: 4004,
      data: null,
      message: 'Session not found',
    });
  });
});
