// The fields a logger gets for each attempt: durationMs is the attempt's own time, on success and on failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogFields } from '../../src/index.ts';
import { API_KEY, BASE_URL, envelope, fakeFetch } from './fake-fetch.ts';
import type { Answer } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const ATTEMPT_MS = 250;

/** An answer that arrives ATTEMPT_MS after the request, on the faked Date clock. */
const after250ms =
  (response: () => Response): Answer =>
  () => {
    vi.setSystemTime(Date.now() + ATTEMPT_MS);
    return response();
  };

function loggingClient(answer: Answer) {
  const lines: { level: string; message: string; fields: LogFields }[] = [];
  const record = (level: string) => (message: string, fields: LogFields) =>
    lines.push({ level, message, fields });
  const logger = { debug: record('debug'), warn: record('warn'), error: record('error') };
  const client = createFrozenClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    maxRetries: 0,
    logger,
    fetch: fakeFetch(answer).fetch,
  });
  return { client, lines };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('log fields of an attempt', () => {
  it('a success logs its duration, status and request id at debug', async () => {
    const { client, lines } = loggingClient(
      after250ms(() => envelope({ count: 0, results: [] }, { headers: { 'x-request-id': 'req-1' } })),
    );
    await client.GET('/v1/avatars');
    expect(lines).toEqual([
      {
        level: 'debug',
        message: 'request succeeded',
        fields: {
          method: 'GET',
          path: '/v1/avatars',
          attempt: 1,
          status: 200,
          durationMs: ATTEMPT_MS,
          requestId: 'req-1',
        },
      },
    ]);
  });

  it('a final failure logs its duration and error at error', async () => {
    const { client, lines } = loggingClient(
      after250ms(() => Response.json({ code: 404, data: null, message: 'none' }, { status: 404 })),
    );
    await expect(client.GET('/v1/avatars')).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(lines).toEqual([
      {
        level: 'error',
        message: 'request failed',
        fields: expect.objectContaining({
          attempt: 1,
          status: 404,
          durationMs: ATTEMPT_MS,
          error: 'NotFoundError',
        }),
      },
    ]);
  });
});
