// The Response that response validation hands on after reading the body once: every way of reading it gives the
// text that was read, as often as asked, with the original's status, status text and headers.
import { describe, expect, it } from 'vitest';
import { replayResponse } from '../../src/replay-response.ts';

const TEXT = '{"code":1000,"data":{"name":"Ada"},"message":"ok"}';
const original = () =>
  new Response(TEXT, { status: 201, statusText: 'Created', headers: { 'content-type': 'application/json' } });

describe('replayResponse', () => {
  it('keeps status, status text and headers, and is a Response', () => {
    const replay = replayResponse(original(), TEXT);
    expect(replay).toBeInstanceOf(Response);
    expect([replay.status, replay.statusText, replay.ok]).toEqual([201, 'Created', true]);
    expect(replay.headers.get('content-type')).toBe('application/json');
  });

  it('answers text() and json() from the text, more than once', async () => {
    const replay = replayResponse(original(), TEXT);
    expect(await replay.text()).toBe(TEXT);
    expect(await replay.json()).toEqual(JSON.parse(TEXT));
    expect(await replay.text()).toBe(TEXT);
  });

  it('reads body, arrayBuffer(), bytes() and blob() from the same text', async () => {
    const decode = (bytes: ArrayBuffer | Uint8Array) => new TextDecoder().decode(bytes);
    expect(decode(await replayResponse(original(), TEXT).arrayBuffer())).toBe(TEXT);
    expect(decode(await replayResponse(original(), TEXT).bytes())).toBe(TEXT);
    expect(await (await replayResponse(original(), TEXT).blob()).text()).toBe(TEXT);
    const replay = replayResponse(original(), TEXT);
    expect(replay.bodyUsed).toBe(false);
    expect(await new Response(replay.body).text()).toBe(TEXT);
    expect(replay.bodyUsed).toBe(true);
  });

  it('reads formData() from the same text, under the original content type', async () => {
    const form = new Response('name=Ada&role=avatar', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const data = await replayResponse(form, 'name=Ada&role=avatar').formData();
    expect([...data.entries()]).toEqual([
      ['name', 'Ada'],
      ['role', 'avatar'],
    ]);
  });

  it('clones into an independent replay of the same text', async () => {
    const replay = replayResponse(original(), TEXT);
    await replay.arrayBuffer();
    const copy = replay.clone();
    expect(copy.status).toBe(201);
    expect(await copy.text()).toBe(TEXT);
    expect(copy.bodyUsed).toBe(false);
  });
});
