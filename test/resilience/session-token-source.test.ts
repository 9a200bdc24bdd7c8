import { describe, expect, it } from 'vitest';
import { MissingCredentialError } from '../../src/index.ts';
import { expectNoCredentialIn, SESSION_TOKEN } from './support/credentials.ts';
import { envelope, jsonReply } from './support/fault-server.ts';
import { rejectionOf, useFaultServer } from './support/harness.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const server = useFaultServer();

const BUSY = jsonReply(503, { code: 503, data: null, message: 'busy' }, { 'retry-after-ms': '1' });
const STARTED = { session_id: 'session-1', livekit_url: 'wss://example.invalid' };

describe('a sessionToken function across retries', () => {
  it('is asked once per attempt, so a retry carries the refreshed token', async () => {
    server.current.script(BUSY, envelope(STARTED));
    let calls = 0;
    const client = createFrozenClient({
      baseUrl: server.current.url,
      sessionToken: () => `${SESSION_TOKEN}-${++calls}`,
    });
    const result = await client.withResponse.POST('/v1/sessions/start');
    expect(result.attempts).toBe(2);
    expect(server.current.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${SESSION_TOKEN}-1`,
      `Bearer ${SESSION_TOKEN}-2`,
    ]);
  });

  it('that throws ends the call with a MissingCredentialError that keeps the cause and counts the attempts', async () => {
    server.current.script(BUSY, envelope(STARTED));
    let calls = 0;
    const client = createFrozenClient({
      baseUrl: server.current.url,
      sessionToken: () => {
        if (++calls === 2) throw new Error('token service unavailable');
        return SESSION_TOKEN;
      },
    });
    const error = await rejectionOf(client.POST('/v1/sessions/start'));
    expect(error).toBeInstanceOf(MissingCredentialError);
    expect(error).toMatchObject({ attempts: 1, acceptedCredentials: ['sessionToken'] });
    expect((error as Error).message).toContain('after 1 attempt');
    expect((error as Error).cause).toMatchObject({ message: 'token service unavailable' });
    expect(server.current.requests).toHaveLength(1);
    expectNoCredentialIn(error);
  });
});
