// What an ApiError says about the body the server sent: the one-line summary in its message, and the typed
// fields read from that body. The full body always stays on `error.body`.
import { describe, expect, it } from 'vitest';
import { ApiError, UnprocessableEntityError } from '../../src/index.ts';
import { API_KEY, BASE_URL, fakeFetch } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

/** The ApiError a GET of the avatar list ends in when the server answers `answer` (no retry). */
async function apiErrorFor(answer: Response): Promise<ApiError> {
  const { fetch } = fakeFetch(answer);
  const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch, maxRetries: 0 });
  const error: unknown = await client.GET('/v1/avatars').catch((caught: unknown) => caught);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const failed = (status: number, summary: string) =>
  `GET /v1/avatars failed with HTTP ${status}${summary} after 1 attempt`;

describe('the message summarizes a problem-details or FastAPI error body', () => {
  it('quotes the title, which wins over the detail', async () => {
    const body = { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'avatar belongs to team 7' };
    const error = await apiErrorFor(Response.json(body, { status: 403 }));
    expect(error.message).toBe(failed(403, ': Forbidden'));
    expect(error.body).toEqual(body);
  });

  it('quotes a text detail when there is no title', async () => {
    const error = await apiErrorFor(Response.json({ detail: 'Not authenticated' }, { status: 401 }));
    expect(error.message).toBe(failed(401, ': Not authenticated'));
  });

  it('quotes only the first 120 characters of a long text detail', async () => {
    const detail = `${'a'.repeat(100)}${'b'.repeat(20)}${'c'.repeat(80)}`;
    const error = await apiErrorFor(Response.json({ detail }, { status: 409 }));
    expect(error.message).toBe(failed(409, `: ${'a'.repeat(100)}${'b'.repeat(20)}`));
    expect(error.body).toEqual({ detail });
  });

  it('counts a detail list: one validation error, or several validation errors', async () => {
    const field = (name: string) => ({ loc: ['body', name], msg: 'Field required', type: 'missing' });
    const one = await apiErrorFor(Response.json({ detail: [field('name')] }, { status: 422 }));
    expect(one.message).toBe(failed(422, ': 1 validation error'));
    const two = await apiErrorFor(Response.json({ detail: [field('name'), field('type')] }, { status: 422 }));
    expect(two.message).toBe(failed(422, ': 2 validation errors'));
  });

  it('ignores a title and a detail that are not text', async () => {
    const error = await apiErrorFor(
      Response.json(
        { title: 404, detail: { reason: 'gone' } },
        { status: 404, headers: { 'x-request-id': 'r-1' } },
      ),
    );
    expect(error.message).toBe('GET /v1/avatars failed with HTTP 404 (request id r-1) after 1 attempt');
  });
});

describe('the message summarizes a text error body on one line', () => {
  it('collapses every run of white space into one space and trims the ends', async () => {
    const page = '\n  <html>\n\n    <h1>Service   Unavailable</h1>\t\n  </html>\n';
    const error = await apiErrorFor(
      new Response(page, { status: 503, headers: { 'content-type': 'text/html' } }),
    );
    expect(error.message).toBe(failed(503, ': <html> <h1>Service Unavailable</h1> </html>'));
    expect(error.body).toBe(page);
  });

  it('quotes only the first 120 characters of a long text body', async () => {
    const trace = `Traceback (most recent call last):\n${'  File "app.py", line 12, in handler\n'.repeat(8)}`;
    const error = await apiErrorFor(new Response(trace, { status: 500 }));
    const oneLine =
      'Traceback (most recent call last): File "app.py", line 12, in handler File "app.py", line 12, in handler' +
      ' File "app.py", ';
    expect(oneLine).toHaveLength(120);
    expect(error.message).toBe(failed(500, `: ${oneLine}`));
    expect(error.body).toBe(trace);
  });
});

describe('a body with nothing to quote adds nothing to the message', () => {
  it.each([
    ['an empty body', () => new Response('', { status: 502 }), ''],
    [
      'no body at all (content-length 0)',
      () => new Response(null, { status: 502, headers: { 'content-length': '0' } }),
      undefined,
    ],
    ['a JSON null', () => Response.json(null, { status: 502 }), null],
    ['a JSON number', () => Response.json(42, { status: 502 }), 42],
    ['an object with no known field', () => Response.json({ error: 'x' }, { status: 502 }), { error: 'x' }],
  ])('%s', async (_, answer, body) => {
    const error = await apiErrorFor(answer());
    expect(error.message).toBe(failed(502, ''));
    expect(error.body).toEqual(body);
    expect(error).toMatchObject({ code: undefined, apiMessage: undefined });
  });
});

describe('the envelope fields of an error body are typed as documented', () => {
  it('an envelope gives code and apiMessage, and its message is the summary', async () => {
    const error = await apiErrorFor(
      Response.json({ code: 40001, data: null, message: 'avatar gone' }, { status: 404 }),
    );
    expect(error).toMatchObject({ code: 40001, apiMessage: 'avatar gone' });
    expect(error.message).toBe(failed(404, ': avatar gone'));
  });

  it('a code that is not a number is not the code', async () => {
    const error = await apiErrorFor(
      Response.json({ code: 'AVATAR_GONE', message: 'avatar gone' }, { status: 404 }),
    );
    expect(error.code).toBeUndefined();
    expect(error.apiMessage).toBe('avatar gone');
  });

  it('a message that is not text is not the apiMessage, and the summary falls back to the body', async () => {
    const error = await apiErrorFor(
      Response.json({ code: 40001, message: { en: 'avatar gone' }, title: 'Not Found' }, { status: 404 }),
    );
    expect(error.code).toBe(40001);
    expect(error.apiMessage).toBeUndefined();
    expect(error.message).toBe(failed(404, ': Not Found'));
  });
});

describe('a 422 always has the validation lists, empty when the server sent none', () => {
  it.each([
    ['an envelope body', () => Response.json({ code: 422, data: null, message: 'invalid' }, { status: 422 })],
    ['a JSON null body', () => Response.json(null, { status: 422 })],
    ['no body at all', () => new Response(null, { status: 422, headers: { 'content-length': '0' } })],
    ['a detail that is not a list', () => Response.json({ detail: 'name is required' }, { status: 422 })],
    [
      'an sl-violations header that is not JSON',
      () => Response.json({ detail: 'bad' }, { status: 422, headers: { 'sl-violations': 'not json' } }),
    ],
    [
      'an sl-violations header that is not a list',
      () => Response.json({ detail: 'bad' }, { status: 422, headers: { 'sl-violations': '{"code":1}' } }),
    ],
  ])('%s', async (_, answer) => {
    const error = await apiErrorFor(answer());
    if (!(error instanceof UnprocessableEntityError))
      throw new Error(`expected a 422 error, got ${error.name}`);
    expect(error.detail).toEqual([]);
    expect(error.violations).toEqual([]);
  });
});
