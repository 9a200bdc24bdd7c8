import { describe, expect, it } from 'vitest';
import { API_KEY, CREDENTIALS, SESSION_TOKEN } from './support/credentials.ts';
import { fakeClientTimers, runSkippingBackoff } from './support/fake-clock.ts';
import { envelope, jsonReply, reply } from './support/fault-server.ts';
import { clientFor, recordingLogger, rejectionOf, useFaultServer } from './support/harness.ts';
import type { LogLine } from './support/harness.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const server = useFaultServer();

const AVATAR = { id: 'avatar-1', name: 'Ada' };
const NOW = { 'retry-after-ms': '1' };

function expectNoCredentialLogged(lines: readonly LogLine[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const rendered = JSON.stringify([line.message, line.fields]);
    for (const secret of CREDENTIALS) expect(rendered).not.toContain(secret);
  }
}

describe('the optional logger', () => {
  it('reports method, path template, status, attempt, duration and request id of a success', async () => {
    server.current.script(envelope(AVATAR));
    server.current.otherwise(reply(500));
    const { logger, lines } = recordingLogger();
    await clientFor(server.current, { logger }).GET('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: 'avatar-1' } },
    });
    expect(lines).toEqual([
      {
        level: 'debug',
        message: 'request succeeded',
        fields: {
          method: 'GET',
          path: '/v1/avatars/{avatar_id}',
          attempt: 1,
          status: 200,
          durationMs: expect.any(Number),
          requestId: undefined,
        },
      },
    ]);
  });

  it('reports each retry and the final failure, with status, attempt, duration and request id', async () => {
    const failure = (id: string) =>
      jsonReply(503, { code: 503, data: null, message: 'busy' }, { ...NOW, 'x-request-id': id });
    server.current.script(failure('req-1'), failure('req-2'), failure('req-3'));
    const { logger, lines } = recordingLogger();
    await rejectionOf(clientFor(server.current, { logger }).GET('/v1/avatars'));
    expect(
      lines.map((line) => [line.level, line.message, line.fields.attempt, line.fields.requestId]),
    ).toEqual([
      ['warn', 'retrying', 1, 'req-1'],
      ['warn', 'retrying', 2, 'req-2'],
      ['error', 'request failed', 3, 'req-3'],
    ]);
    for (const line of lines) {
      expect(line.fields).toMatchObject({
        method: 'GET',
        path: '/v1/avatars',
        status: 503,
        error: 'InternalServerError',
        durationMs: expect.any(Number),
      });
    }
    expect(lines[0]?.fields.retryInMs).toBe(1);
  });

  it('reports a connection failure and its retries without a status', async () => {
    server.current.script({ kind: 'close-without-answer' }, envelope(AVATAR));
    fakeClientTimers();
    const { logger, lines } = recordingLogger();
    await runSkippingBackoff(clientFor(server.current, { logger }).GET('/v1/avatars'), lines);
    expect(lines.map((line) => [line.message, line.fields.error, line.fields.status])).toEqual([
      ['retrying', 'ConnectionError', undefined],
      ['request succeeded', undefined, 200],
    ]);
  });

  it('never logs a credential, even when the server echoes it back everywhere', async () => {
    // Each client can only scrub what it holds, so each server answer echoes the credential that client sent.
    const echoing = (secret: string) => ({ 'x-request-id': `req-${secret}`, 'x-echo': secret, ...NOW });
    server.current.script(
      jsonReply(429, { code: 429, data: null, message: `slow down ${API_KEY}` }, echoing(API_KEY)),
      reply(503, `<html>${API_KEY}</html>`, { 'content-type': 'text/html', ...echoing(API_KEY) }),
      jsonReply(200, { code: 1000, data: AVATAR, message: API_KEY }, echoing(API_KEY)),
      jsonReply(503, { code: 503, data: null, message: SESSION_TOKEN }, echoing(SESSION_TOKEN)),
      jsonReply(200, { code: 1000, data: null }, echoing(SESSION_TOKEN)),
    );
    const { logger, lines } = recordingLogger();
    const apiKeyClient = clientFor(server.current, { logger });
    await apiKeyClient.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: API_KEY } } });
    const tokenClient = createFrozenClient({
      baseUrl: server.current.url,
      sessionToken: () => SESSION_TOKEN,
      logger,
    });
    await tokenClient.POST('/v1/sessions/keep-alive', { body: { session_id: SESSION_TOKEN } });
    expect(lines.map((line) => line.message)).toEqual([
      'retrying',
      'retrying',
      'request succeeded',
      'retrying',
      'request succeeded',
    ]);
    expect(lines[0]?.fields.requestId).toBe('req-[REDACTED]');
    expectNoCredentialLogged(lines);
  });

  it('a logger that throws does not break the call', async () => {
    server.current.script(envelope(AVATAR));
    const throwing = () => {
      throw new Error('log sink is down');
    };
    const client = clientFor(server.current, {
      logger: { debug: throwing, warn: throwing, error: throwing },
    });
    await expect(
      client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: 'a' } } }),
    ).resolves.toEqual(AVATAR);
    expect(server.current.requests).toHaveLength(1);
  });
});
