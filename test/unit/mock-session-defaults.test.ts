// A session model made from templates alone (src/mock/session-model.ts) ends, expires and links its lists the
// way the frozen November 2026 document says (test/fixtures/liveavatar-2026-11): its defaults are that document's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSessionMock, createSessionModel, findLifecycleRoutes } from '../../src/mock/index.ts';

const FROZEN_SPEC = new URL('../fixtures/liveavatar-2026-11/generated/openapi.fixed.json', import.meta.url);
const spec = JSON.parse(readFileSync(FROZEN_SPEC, 'utf8')) as Record<string, unknown>;
const frozen = findLifecycleRoutes(spec).modelOptions;

describe('session model defaults', () => {
  it('uses the frozen document’s stop reason, expiry reason and list path when given none', () => {
    let now = Date.parse('2026-11-20T10:00:00Z');
    const model = createSessionModel({ templates: frozen.templates, now: () => now });
    const bearers = ['stopped', 'expired', 'third'];
    for (const bearer of bearers) model.start(bearer);
    model.stop({ bearer: 'stopped' });
    now += 24 * 3600 * 1000; // past any session's time
    const list = model.list({ type: 'historic', pageSize: 1 }).body.data as Record<string, unknown>;
    const reasons = model.sessions().map((record) => record.endReason);
    expect(reasons).toEqual([frozen.defaultStopReason, frozen.expiredReason, frozen.expiredReason]);
    expect(list.next).toBe(`${frozen.listPath}?type=historic&page=2&page_size=1`);
  });

  it('lets a mock override the document’s reasons', () => {
    let now = Date.parse('2026-11-20T10:00:00Z');
    const mock = createSessionMock(spec, {
      defaultStopReason: 'MINE',
      expiredReason: 'RAN_OUT',
      ttlSeconds: 5,
      now: () => now,
    });
    mock.model.start('stopped');
    mock.model.stop({ bearer: 'stopped' });
    mock.model.start('expired');
    now += 5000;
    expect(mock.model.sessions().map((record) => record.endReason)).toEqual(['MINE', 'RAN_OUT']);
  });

  it('answers requests through the routes it found', () => {
    const mock = createSessionMock(spec);
    const token = mock.routes.find((route) => route.role === 'token');
    const request = { method: token?.method ?? '', pathname: token?.path ?? '', bearer: undefined };
    const answer = mock.handle({ ...request, query: new URLSearchParams(), body: {} });
    expect(answer?.status).toBe(token?.successStatus);
    expect(mock.model.sessions()).toHaveLength(1);
  });
});
