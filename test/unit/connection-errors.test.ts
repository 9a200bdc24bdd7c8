// What a ConnectionError says when fetch rejects: the description is read down the rejection's cause chain (Node's
// fetch wraps the socket error), one part per link: its code if it has one, else its message.
import { describe, expect, it } from 'vitest';
import { ConnectionError } from '../../src/index.ts';
import { API_KEY, BASE_URL } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

/** The ConnectionError a GET of the avatar list ends in when fetch rejects with `thrown` (no retry). */
async function connectionErrorFor(thrown: Error): Promise<ConnectionError> {
  const client = createFrozenClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    maxRetries: 0,
    fetch: () => Promise.reject(thrown),
  });
  const error: unknown = await client.GET('/v1/avatars').catch((caught: unknown) => caught);
  if (!(error instanceof ConnectionError))
    throw new Error(`expected a ConnectionError, got ${String(error)}`);
  return error;
}

const couldNot = (description: string) => `GET /v1/avatars could not complete: ${description} (attempt 1)`;

/** A socket error as Node reports it: a message, and a code when the OS gave one. */
const socketError = (message: string, code?: unknown, cause?: unknown) =>
  Object.assign(new Error(message, { cause }), code === undefined ? {} : { code });

describe('a ConnectionError describes the rejection down its cause chain', () => {
  it('a refused connection: the code of the socket error, and refused is true', async () => {
    const error = await connectionErrorFor(
      new TypeError('fetch failed', {
        cause: socketError('connect ECONNREFUSED 127.0.0.1:443', 'ECONNREFUSED'),
      }),
    );
    expect(error.message).toBe(couldNot('fetch failed: ECONNREFUSED'));
    expect(error.refused).toBe(true);
  });

  it('a reset connection: its code rather than its message, and refused is false', async () => {
    const error = await connectionErrorFor(
      new TypeError('fetch failed', { cause: socketError('socket hang up', 'ECONNRESET') }),
    );
    expect(error.message).toBe(couldNot('fetch failed: ECONNRESET'));
    expect(error.refused).toBe(false);
  });

  it('a link whose code is not text is described by its message', async () => {
    const error = await connectionErrorFor(
      new TypeError('fetch failed', { cause: socketError('socket is not connected', 57) }),
    );
    expect(error.message).toBe(couldNot('fetch failed: socket is not connected'));
  });

  it('a link with neither a code nor a message text adds nothing', async () => {
    const cases: [Error, string][] = [
      [new TypeError('fetch failed', { cause: new Error('') }), 'fetch failed'],
      [new TypeError('fetch failed', { cause: { errno: -104 } }), 'fetch failed'],
      [new TypeError('fetch failed', { cause: { message: { text: 'not a string' } } }), 'fetch failed'],
      [
        new TypeError('fetch failed', {
          cause: new Error('', { cause: socketError('timeout', 'ETIMEDOUT') }),
        }),
        'fetch failed: ETIMEDOUT',
      ],
    ];
    for (const [thrown, description] of cases) {
      expect((await connectionErrorFor(thrown)).message).toBe(couldNot(description));
    }
  });

  it('a rejection with nothing to say is a "network error"', async () => {
    const error = await connectionErrorFor(new TypeError(''));
    expect(error.message).toBe(couldNot('network error'));
    expect(error.refused).toBe(false);
  });

  it('reads at most 5 links of a longer chain', async () => {
    let thrown: Error | undefined;
    for (let link = 7; link >= 1; link--) thrown = new Error(`link ${link}`, { cause: thrown });
    const error = await connectionErrorFor(thrown!);
    expect(error.message).toBe(couldNot('link 1: link 2: link 3: link 4: link 5'));
  });

  it('stops on a chain that loops back on itself', async () => {
    const thrown = new Error('loop');
    thrown.cause = thrown;
    const error = await connectionErrorFor(thrown);
    expect(error.message).toBe(couldNot('loop: loop: loop: loop: loop'));
  });
});
