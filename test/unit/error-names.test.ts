// Every error class has a stable name: in `error.name`, in `String(error)`, at the head of the stack, and in
// `JSON.stringify` (what logs and error trackers group by). ApiError's subclasses are checked in errors.test.ts.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ConfigurationError,
  ConnectionError,
  LiveAvatarError,
  MissingCredentialError,
  NotFoundError,
  RedirectError,
  ResponseParseError,
} from '../../src/index.ts';
import { API_KEY, BASE_URL, fakeFetch } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

/** What `run` threw or rejected with. */
async function failureOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** A client of the frozen fixture whose fetch answers `answer`, without retries. */
const clientAnswering = (answer: Response | (() => Promise<Response>)) =>
  createFrozenClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    maxRetries: 0,
    fetch: typeof answer === 'function' ? answer : fakeFetch(answer).fetch,
  });

const scenarios: [string, typeof LiveAvatarError, () => unknown][] = [
  ['LiveAvatarError', LiveAvatarError, () => Promise.reject(new LiveAvatarError('something went wrong'))],
  ['ConfigurationError', ConfigurationError, () => createFrozenClient({ baseUrl: 'ftp://api.example.test' })],
  [
    'MissingCredentialError',
    MissingCredentialError,
    () => createFrozenClient({ baseUrl: BASE_URL }).GET('/v1/avatars'),
  ],
  [
    'ResponseParseError',
    ResponseParseError,
    () => clientAnswering(new Response('<html>maintenance</html>', { status: 200 })).GET('/v1/avatars'),
  ],
  [
    'ConnectionError',
    ConnectionError,
    () => clientAnswering(() => Promise.reject(new TypeError('fetch failed'))).GET('/v1/avatars'),
  ],
  [
    'RedirectError',
    RedirectError,
    () =>
      clientAnswering(
        new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/v1/avatars' } }),
      ).GET('/v1/avatars'),
  ],
  [
    'AbortError',
    AbortError,
    () => clientAnswering(Response.json({})).GET('/v1/avatars', { signal: AbortSignal.abort() }),
  ],
];

describe('every error class has a stable name', () => {
  it.each(scenarios)('%s', async (name, ErrorClass, run) => {
    const error = await failureOf(run);
    if (!(error instanceof ErrorClass)) throw new Error(`expected a ${name}, got ${String(error)}`);
    expect(error.name).toBe(name);
    expect(String(error)).toBe(`${name}: ${error.message}`);
    expect(String(error.stack).startsWith(`${name}: ${error.message}\n`)).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name, message: error.message });
  });
});

describe('an error has a cause only when something caused it', () => {
  it('an HTTP error has none: no `cause` field, and util.inspect prints no [cause]', async () => {
    const error = await failureOf(() =>
      clientAnswering(Response.json({ code: 40401, data: null, message: 'gone' }, { status: 404 })).GET(
        '/v1/avatars',
      ),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect('cause' in (error as object)).toBe(false);
    expect(inspect(error)).not.toContain('[cause]');
  });

  it('a LiveAvatarError made with a cause keeps it', () => {
    const underlying = new RangeError('out of range');
    const error = new LiveAvatarError('could not read the page', { cause: underlying });
    expect(error.cause).toBe(underlying);
    expect(inspect(error)).toContain('[cause]: RangeError: out of range');
  });

  it('a LiveAvatarError made without details names no operation and counts no attempt', () => {
    const error = new LiveAvatarError('something went wrong');
    expect(error).toMatchObject({ operation: undefined, attempts: 0 });
    expect('cause' in error).toBe(false);
  });
});
