import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  InternalServerError,
  LiveAvatarError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
} from '../../src/index.ts';
import { API_KEY, expectNoCredentialIn } from './support/credentials.ts';
import { fakeClientTimers, outcomeOf, runSkippingBackoff, untilReal } from './support/fake-clock.ts';
import { envelope, jsonReply, reply } from './support/fault-server.ts';
import type { Behaviour } from './support/fault-server.ts';
import { clientFor, recordingLogger, refusedUrl, rejectionOf, useFaultServer } from './support/harness.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const server = useFaultServer();

/** Asks the client to retry at once, so tests against the real server do not sleep through backoff. */
const NOW = { 'retry-after-ms': '1' };
const failing = (status: number, headers: Record<string, string> = NOW): Behaviour =>
  jsonReply(status, { code: status, data: null, message: `scripted ${status}` }, headers);

const AVATARS = { count: 1, next: null, previous: null, results: [{ id: 'avatar-1' }] };
const SECRET_BODY = {
  secret_name: 'openai',
  secret_value: 'sk-test-value-123',
  secret_type: 'OPENAI_API_KEY',
} as const;
const CREATED = { id: 'secret-1', secret_name: 'openai', secret_type: 'OPENAI_API_KEY' } as const;

const createSecret = (maxRetries?: number, timeout?: number) =>
  clientFor(server.current).POST('/v1/secrets', { body: SECRET_BODY, maxRetries, timeout });

describe('idempotent methods (GET, PUT, DELETE) retry transient failures', () => {
  it('rides out a burst of 5xx answers and returns the eventual success', async () => {
    server.current.script(failing(503), failing(502), envelope(AVATARS));
    const result = await clientFor(server.current).withResponse.GET('/v1/avatars');
    expect(result.data).toEqual(AVATARS);
    expect(result.attempts).toBe(3);
    expect(server.current.requests).toHaveLength(3);
  });

  it.each([408, 429, 500, 502, 503, 504])('retries a GET answered %i', async (status) => {
    server.current.script(failing(status), envelope(AVATARS));
    const result = await clientFor(server.current).withResponse.GET('/v1/avatars');
    expect(result.attempts).toBe(2);
    expect(server.current.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry a GET answered %i', async (status) => {
    server.current.script(failing(status));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, attempts: 1 });
    expect(server.current.requests).toHaveLength(1);
  });

  it('gives up after maxRetries (default 2) with the last error, saying how many attempts were made', async () => {
    server.current.otherwise(failing(500));
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, attempts: 3 });
    expect((error as Error).message).toMatch(/GET \/v1\/avatars .*after 3 attempts/);
    expect(server.current.requests).toHaveLength(3);
    expectNoCredentialIn(error);
  });

  it('retries a connection reset in the middle of the body', async () => {
    server.current.script(
      {
        kind: 'reset-mid-body',
        status: 200,
        body: JSON.stringify({ code: 1000, data: AVATARS }),
        bytesBeforeReset: 10,
      },
      envelope(AVATARS),
    );
    // Connection errors carry no Retry-After: skip the real backoff on the fake clock.
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const { outcome } = await runSkippingBackoff(
      clientFor(server.current, { logger }).withResponse.GET('/v1/avatars'),
      lines,
    );
    expect(outcome).toMatchObject({ ok: true, value: { data: AVATARS, attempts: 2 } });
    expect(server.current.requests).toHaveLength(2);
  });

  it('retries a connection closed without an answer', async () => {
    server.current.script({ kind: 'close-without-answer' }, envelope(AVATARS));
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const { outcome } = await runSkippingBackoff(
      clientFor(server.current, { logger }).withResponse.GET('/v1/avatars'),
      lines,
    );
    expect(outcome).toMatchObject({ ok: true, value: { attempts: 2 } });
  });

  it('retries DELETE and PUT-like idempotent calls on 500', async () => {
    server.current.script(failing(500), envelope(null));
    const result = await clientFor(server.current).withResponse.DELETE('/v1/secrets/{secret_id}', {
      params: { path: { secret_id: 'secret-1' } },
    });
    expect(result).toMatchObject({ data: null, attempts: 2 });
  });

  it('retries a GET whose attempt timed out', async () => {
    server.current.script({ kind: 'hang' }, envelope(AVATARS));
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const call = clientFor(server.current, { logger, timeout: 1_000 }).withResponse.GET('/v1/avatars');
    // The per-attempt timer is on the fake clock too: fire it once the request is in flight.
    await untilReal(() => server.current.requests.length === 1, 'the first attempt');
    await vi.advanceTimersByTimeAsync(1_000);
    const { outcome } = await runSkippingBackoff(call, lines);
    expect(outcome).toMatchObject({ ok: true, value: { attempts: 2 } });
    expect(lines.find((line) => line.message === 'retrying')?.fields.error).toBe('TimeoutError');
  });
});

describe('POST and PATCH retry only where the server provably did not act', () => {
  it.each([500, 502, 504, 408])('does not retry a POST answered %i', async (status) => {
    server.current.script(failing(status), envelope(CREATED));
    const error = await rejectionOf(createSecret());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, attempts: 1 });
    expect(server.current.requests).toHaveLength(1);
  });

  it('does not retry a POST whose attempt timed out', async () => {
    // The per-attempt timer is on the fake clock, fired once the request has arrived: a real 50 ms timer could
    // fire before a loaded machine delivered the request, which then reached the next test's server instead.
    server.current.script({ kind: 'hang' }, envelope(CREATED));
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const call = outcomeOf(
      clientFor(server.current, { logger, timeout: 1_000 }).POST('/v1/secrets', { body: SECRET_BODY }),
    );
    await untilReal(() => server.current.requests.length === 1, 'the attempt');
    await vi.advanceTimersByTimeAsync(1_000);
    // A retry would log `retrying` and then wait for the fake clock, which no longer moves.
    await untilReal(call.settled, 'the call to settle');
    expect(lines.filter((line) => line.message === 'retrying')).toEqual([]);
    const outcome = await call.result;
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 1, timeoutMs: 1_000 });
    expect(server.current.requests).toHaveLength(1);
  });

  it('does not retry a POST whose connection was reset mid-body (the server may have acted)', async () => {
    server.current.script(
      {
        kind: 'reset-mid-body',
        status: 200,
        body: JSON.stringify({ code: 1000, data: CREATED }),
        bytesBeforeReset: 5,
      },
      envelope(CREATED),
    );
    const error = await rejectionOf(createSecret());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 1, refused: false });
    expect(server.current.requests).toHaveLength(1);
  });

  it.each([429, 503])('retries a POST answered %i, re-sending the identical body', async (status) => {
    server.current.script(failing(status), failing(status), envelope(CREATED));
    const result = await clientFor(server.current).withResponse.POST('/v1/secrets', { body: SECRET_BODY });
    expect(result).toMatchObject({ data: CREATED, attempts: 3 });
    const bodies = server.current.requests.map((request) => request.body.toString('utf8'));
    expect(bodies).toEqual([
      JSON.stringify(SECRET_BODY),
      JSON.stringify(SECRET_BODY),
      JSON.stringify(SECRET_BODY),
    ]);
    expect(server.current.requests.every((request) => request.headers['x-api-key'] === API_KEY)).toBe(true);
  });

  it('retries a POST whose connection was refused, then reports every attempt', async () => {
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: await refusedUrl(), logger });
    const { outcome, waits } = await runSkippingBackoff(
      client.POST('/v1/secrets', { body: SECRET_BODY }),
      lines,
    );
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ refused: true, attempts: 3 });
    expect((error as Error).message).toContain('attempt 3');
    expect(waits).toHaveLength(2);
    expectNoCredentialIn(error);
  });

  it('PATCH follows the POST rules: 500 is final, 503 is retried', async () => {
    const patch = () =>
      clientFor(server.current).withResponse.PATCH('/v1/avatars/{avatar_id}', {
        params: { path: { avatar_id: 'avatar-1' } },
        body: {},
      });
    server.current.script(failing(500));
    expect(await rejectionOf(patch())).toMatchObject({ status: 500, attempts: 1 });
    server.current.script(failing(503), envelope({ id: 'avatar-1' }));
    expect(await patch()).toMatchObject({ attempts: 2 });
  });
});

describe('maxRetries is set per client and per call', () => {
  it('per client: maxRetries 0 makes one attempt', async () => {
    server.current.otherwise(failing(503));
    const error = await rejectionOf(clientFor(server.current, { maxRetries: 0 }).GET('/v1/avatars'));
    expect(error).toMatchObject({ attempts: 1 });
    expect((error as Error).message).toContain('after 1 attempt');
    expect(server.current.requests).toHaveLength(1);
  });

  it('per call, overriding the client in both directions', async () => {
    server.current.otherwise(failing(503));
    const few = clientFor(server.current, { maxRetries: 0 });
    expect(await rejectionOf(few.GET('/v1/avatars', { maxRetries: 3 }))).toMatchObject({ attempts: 4 });
    const many = clientFor(server.current, { maxRetries: 5 });
    expect(await rejectionOf(many.GET('/v1/avatars', { maxRetries: 1 }))).toMatchObject({ attempts: 2 });
    expect(server.current.requests).toHaveLength(6);
  });

  it.each([-1, 1.5, Number.NaN])(
    'per call maxRetries %s is a ConfigurationError, sent nowhere',
    async (maxRetries) => {
      const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars', { maxRetries }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(server.current.requests).toHaveLength(0);
    },
  );
});

describe('every failure says how many attempts were made', () => {
  it.each<[string, Behaviour[], new (...args: never[]) => LiveAvatarError]>([
    ['HTTP 400', [failing(400)], BadRequestError],
    ['HTTP 429 after retries', [failing(429), failing(429), failing(429)], RateLimitError],
    [
      'malformed JSON',
      [reply(200, '{"code":1000,"da', { 'content-type': 'application/json' })],
      ResponseParseError,
    ],
  ])('%s', async (_label, script, ErrorClass) => {
    server.current.script(...script);
    const error = await rejectionOf(clientFor(server.current).GET('/v1/avatars'));
    expect(error).toBeInstanceOf(ErrorClass);
    const { attempts, message } = error as LiveAvatarError;
    expect(attempts).toBe(script.length);
    expect(message).toMatch(new RegExp(`(after|attempt) ${script.length}`));
  });
});
