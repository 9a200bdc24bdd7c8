// A serialized error never carries the raw response headers: a server may set cookies or tokens there that the
// redactor cannot know about. They stay readable on `error.headers`.
import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../../src/index.ts';
import { jsonReply } from '../resilience/support/fault-server.ts';
import { rejectionOf, useFaultServer } from '../resilience/support/harness.ts';
import { GUARD_API_KEY, guardClient } from './support/guard-api.ts';

const server = useFaultServer();

/** Server-made secrets the client has never seen, so only leaving the headers out keeps them out. */
const COOKIE_SECRET = 'srv-cookie-Yt7Vb2Qn9';
const HEADER_SECRET = 'srv-internal-Mw4Rc8Ea1';

describe('ApiError.headers', () => {
  it('is readable, but not an own enumerable field, so JSON.stringify and spreading leave it out', async () => {
    server.current.script(
      jsonReply(
        401,
        { title: 'not signed in', status: 401 },
        { 'set-cookie': `session=${COOKIE_SECRET}; HttpOnly`, 'x-internal-token': HEADER_SECRET },
      ),
    );
    const error = await rejectionOf(
      guardClient({ apiKey: GUARD_API_KEY, baseUrl: server.current.url }).GET('/key-only'),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    const { headers } = error as AuthenticationError;
    expect(headers['set-cookie']).toBe(`session=${COOKIE_SECRET}; HttpOnly`);
    expect(headers['x-internal-token']).toBe(HEADER_SECRET);

    expect(Object.keys(error as object)).not.toContain('headers');
    for (const text of [JSON.stringify(error), JSON.stringify({ ...(error as object) })]) {
      expect(text).toContain('not signed in');
      expect(text).not.toContain(COOKIE_SECRET);
      expect(text).not.toContain(HEADER_SECRET);
    }
  });
});
