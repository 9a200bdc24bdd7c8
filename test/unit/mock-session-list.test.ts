// The session model's list (src/mock/session-model.ts): which sessions each type shows, newest first, and the
// next/previous links of its pages. Templates and the list path are made up here; the clock is fake.
import { describe, expect, it } from 'vitest';
import { createSessionModel } from '../../src/mock/index.ts';
import type { ListQuery } from '../../src/mock/index.ts';

function setup() {
  let now = Date.parse('2026-11-20T10:00:00Z');
  const model = createSessionModel({
    templates: { token: {}, start: {}, entry: { id: '' } },
    listPath: '/rehearsal',
    now: () => now,
  });
  const token = () => (model.createToken({}).body.data as { session_token: string }).session_token;
  const idOf = (bearer: string) => model.sessions().find((record) => record.token === bearer)?.id;
  const list = (query: ListQuery) => model.list(query).body.data as Record<string, unknown>;
  const ids = (query: ListQuery) => (list(query).results as { id: string }[]).map((entry) => entry.id);
  return { model, token, idOf, list, ids, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('session list', () => {
  it('shows started sessions without a type, active and ended ones by type, pending ones never', () => {
    const { model, token, idOf, ids } = setup();
    const pending = token();
    const [active, ended] = [token(), token()];
    model.start(active);
    model.start(ended);
    model.stop({ bearer: ended });
    expect(ids({})).toEqual([idOf(ended), idOf(active)]);
    expect(ids({ type: 'active' })).toEqual([idOf(active)]);
    expect(ids({ type: 'historic' })).toEqual([idOf(ended)]);
    expect(ids({})).not.toContain(idOf(pending));
  });

  it('puts the newest first even when sessions share a millisecond', () => {
    const { model, token, idOf, ids } = setup();
    const tokens = [token(), token(), token()];
    for (const bearer of tokens) model.start(bearer);
    expect(ids({})).toEqual(tokens.reverse().map(idOf));
  });

  it('links the next page only while sessions remain, the previous one from page 2, keeping the type', () => {
    const { model, token, list, advance } = setup();
    for (let index = 0; index < 4; index += 1) {
      model.start(token());
      advance(1);
    }
    expect(list({ pageSize: 2 })).toMatchObject({ next: '/rehearsal?page=2&page_size=2' });
    expect(list({ pageSize: 2 })).not.toHaveProperty('previous');
    expect(list({ page: 2, pageSize: 2 })).not.toHaveProperty('next');
    expect(list({ type: 'active', page: 2, pageSize: 1 })).toMatchObject({
      next: '/rehearsal?type=active&page=3&page_size=1',
      previous: '/rehearsal?type=active&page=1&page_size=1',
    });
  });
});
