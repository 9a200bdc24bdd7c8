import { describe, expect, it } from 'vitest';
import { InternalServerError, ResponseParseError } from '../../src/index.ts';
import { API_KEY, expectNoCredentialIn, renderingsOf } from './support/credentials.ts';
import { fakeClientTimers, runSkippingBackoff } from './support/fake-clock.ts';
import { envelope, jsonReply, reply } from './support/fault-server.ts';
import type { Behaviour } from './support/fault-server.ts';
import { clientFor, recordingLogger, rejectionOf, useFaultServer } from './support/harness.ts';

const server = useFaultServer();

const JSON_TYPE = { 'content-type': 'application/json' };
const listAvatars = () => clientFor(server.current).GET('/v1/avatars');

describe('a 2xx body that is not what the spec promises is a ResponseParseError, never a guess', () => {
  it.each<[string, Behaviour]>([
    ['an empty body with content-length 0', reply(200, '', JSON_TYPE)],
    ['an empty chunked body', reply(200, '', { ...JSON_TYPE, 'transfer-encoding': 'chunked' })],
    ['truncated JSON', reply(200, '{"code":1000,"data":{"count":1,"results":[{"id":"a', JSON_TYPE)],
    ['a JSON array instead of the envelope', jsonReply(200, [{ id: 'avatar-1' }])],
    ['a JSON object without data', jsonReply(200, { count: 1, results: [] })],
    ['a bare JSON string', jsonReply(200, 'ok')],
    ['JSON null', reply(200, 'null', JSON_TYPE)],
    ['data: null where the spec promises data', jsonReply(200, { code: 1000, data: null, message: 'ok' })],
    [
      'valid JSON sent as text/html',
      reply(200, JSON.stringify({ code: 1000, data: {} }), { 'content-type': 'text/html' }),
    ],
    ['valid JSON without a content-type', reply(200, JSON.stringify({ code: 1000, data: {} }))],
    [
      'an HTML page with 200',
      reply(200, '<html><body>Welcome</body></html>', { 'content-type': 'text/html' }),
    ],
    ['204 where the spec promises data', reply(204)],
  ])('%s', async (_label, behaviour) => {
    server.current.script(behaviour);
    const error = await rejectionOf(listAvatars());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ operation: { method: 'GET', path: '/v1/avatars' }, attempts: 1 });
    expect((error as Error).message).toContain('after 1 attempt');
    // A 2xx means the server acted: a body the client cannot read is not retried.
    expect(server.current.requests).toHaveLength(1);
    expectNoCredentialIn(error);
  });

  it('never puts an echoed credential from a malformed body into the error', async () => {
    // V8's JSON.parse message quotes the first ~10 characters of the text: enough to hold a short key whole.
    const shortKey = 'k3y-12345';
    server.current.script(
      reply(200, shortKey, JSON_TYPE),
      reply(200, `{"echo": "${API_KEY}", oops}`, JSON_TYPE),
    );
    const shortKeyError = await rejectionOf(
      clientFor(server.current, { apiKey: shortKey }).GET('/v1/avatars'),
    );
    expect(shortKeyError).toBeInstanceOf(ResponseParseError);
    expect(renderingsOf(shortKeyError).join('\n')).not.toContain(shortKey);
    const error = await rejectionOf(listAvatars());
    expect(error).toBeInstanceOf(ResponseParseError);
    expectNoCredentialIn(error);
  });
});

describe('null data where the spec allows only null', () => {
  it('DELETE /v1/secrets/{secret_id} resolves to null', async () => {
    server.current.script(envelope(null));
    const data = await clientFor(server.current).DELETE('/v1/secrets/{secret_id}', {
      params: { path: { secret_id: 'secret-1' } },
    });
    expect(data).toBeNull();
  });

  it('an operation that declares no success body resolves to undefined, whatever the body', async () => {
    server.current.script(reply(200, 'not even json', { 'content-type': 'text/plain' }));
    const call = clientFor(server.current).DELETE('/v1/memory/{memory_id}', {
      params: { path: { memory_id: 'memory-1' } },
    });
    await expect(call).resolves.toBeUndefined();
  });
});

describe('error pages', () => {
  const html = `<html><head><title>502 Bad Gateway</title></head><body>upstream sent key ${API_KEY}</body></html>`;

  it('an HTML 502 on a GET is retried, then thrown as InternalServerError with the page kept as redacted text', async () => {
    server.current.otherwise(reply(502, html, { 'content-type': 'text/html' }));
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const { outcome } = await runSkippingBackoff(
      clientFor(server.current, { logger }).GET('/v1/avatars'),
      lines,
    );
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, attempts: 3 });
    expect(server.current.requests).toHaveLength(3);
    const body = (error as InternalServerError).body;
    expect(typeof body).toBe('string');
    expect(body).toContain('502 Bad Gateway');
    expect(body).toContain('[REDACTED]');
    expectNoCredentialIn(error);
  });

  it('a JSON error body that echoes credentials is redacted everywhere', async () => {
    server.current.script(
      jsonReply(
        400,
        { code: 400, message: `bad key ${API_KEY}`, data: { api_key: 'something-else-secret', x: API_KEY } },
        { 'x-request-id': `req-${API_KEY}`, 'x-echo': API_KEY },
      ),
    );
    const error = await rejectionOf(listAvatars());
    expect(error).toMatchObject({ status: 400, attempts: 1 });
    expectNoCredentialIn(error);
    expect(JSON.stringify(error)).not.toContain('something-else-secret');
  });
});

describe('size', () => {
  it('returns a 20 MB envelope intact, without hanging', async () => {
    const results = Array.from({ length: 2_000 }, (_, index) => ({
      id: `avatar-${index}`,
      name: `${'x'.repeat(10_000)}-${index}`,
    }));
    const data = { count: results.length, next: null, previous: null, results };
    const body = JSON.stringify({ code: 1000, data, message: 'Success' });
    expect(body.length).toBeGreaterThan(20_000_000);
    server.current.script(reply(200, body, JSON_TYPE));
    const received = await clientFor(server.current).GET('/v1/avatars');
    // Compared as text: a 20 MB deep equality would dominate the test's time.
    expect(JSON.stringify(received)).toBe(JSON.stringify(data));
  });
});
