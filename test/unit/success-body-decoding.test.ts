// What the caller gets for each kind of 2xx body: the exact ResponseParseError for a body that breaks the spec,
// which content types count as JSON, and what withResponse reports from the envelope.
import { describe, expect, it } from 'vitest';
import { createApiClient, ResponseParseError } from '../../src/index.ts';
import type { OperationTable } from '../../src/index.ts';
import { API_KEY, BASE_URL, fakeFetch, UUID } from './fake-fetch.ts';
import { createFrozenClient } from '../support/frozen-api.ts';

const AVATAR = { avatar_id: UUID };
const ENVELOPE_TEXT = JSON.stringify({ code: 100, data: { id: 'a-1' }, message: 'ok' });

/** A 200 with exactly these bytes and headers; a byte body gets no content-type unless one is given. */
const answer = (text: string, headers: Record<string, string> = {}) =>
  new Response(new TextEncoder().encode(text), { status: 200, headers });

const clientAnswering = (response: Response) =>
  createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: fakeFetch(response).fetch });

/** GET /v1/avatars/{avatar_id}, whose spec promises the envelope with data. */
const getAvatar = (response: Response) =>
  clientAnswering(response).withResponse.GET('/v1/avatars/{avatar_id}', { params: { path: AVATAR } });

const parseErrorOf = async (call: Promise<unknown>): Promise<ResponseParseError> => {
  const error = await call.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ResponseParseError);
  return error as ResponseParseError;
};

const PREFIX = 'GET /v1/avatars/{avatar_id}: HTTP 200';

describe('a 2xx body that breaks the spec: the exact ResponseParseError', () => {
  it('an empty body with a JSON content-type', async () => {
    const error = await parseErrorOf(getAvatar(answer('', { 'content-type': 'application/json' })));
    expect(error.message).toBe(`${PREFIX} had an empty body where JSON was due (after 1 attempt)`);
    expect(error).toMatchObject({
      status: 200,
      contentType: 'application/json',
      attempts: 1,
      operation: { method: 'GET', path: '/v1/avatars/{avatar_id}' },
    });
  });

  it('content-length 0 means no body, whatever the transport hands over (as openapi-fetch reads it)', async () => {
    const lying = answer(ENVELOPE_TEXT, { 'content-type': 'application/json', 'content-length': '0' });
    const error = await parseErrorOf(getAvatar(lying));
    expect(error.message).toBe(`${PREFIX} had an empty body where JSON was due (after 1 attempt)`);
  });

  it('valid JSON under a non-JSON content-type', async () => {
    const error = await parseErrorOf(getAvatar(answer(ENVELOPE_TEXT, { 'content-type': 'text/html' })));
    expect(error.message).toBe(
      `${PREFIX} had content-type text/html where application/json was due (${ENVELOPE_TEXT.length} characters) (after 1 attempt)`,
    );
    expect(error).toMatchObject({ status: 200, contentType: 'text/html' });
  });

  it('valid JSON without a content-type', async () => {
    const error = await parseErrorOf(getAvatar(answer(ENVELOPE_TEXT)));
    expect(error.message).toBe(
      `${PREFIX} had content-type (none) where application/json was due (${ENVELOPE_TEXT.length} characters) (after 1 attempt)`,
    );
    expect(error.contentType).toBeNull();
  });

  it('a content-type echoing the API key is redacted in the message and the field', async () => {
    const error = await parseErrorOf(getAvatar(answer(ENVELOPE_TEXT, { 'content-type': `text/${API_KEY}` })));
    expect(error.message).toContain('had content-type text/[REDACTED] where application/json was due');
    expect(error.contentType).toBe('text/[REDACTED]');
  });

  it('malformed JSON: its length and the parser reason, without the quoted text', async () => {
    const error = await parseErrorOf(getAvatar(answer('not json', { 'content-type': 'application/json' })));
    expect(error.message).toBe(
      `${PREFIX} had malformed JSON (8 characters): Unexpected token 'o' (not valid JSON) (after 1 attempt)`,
    );
  });

  it('malformed JSON whose parser reason quotes no text keeps the reason whole', async () => {
    const error = await parseErrorOf(getAvatar(answer('{"a":1', { 'content-type': 'application/json' })));
    expect(error.message).toMatch(
      /^GET \/v1\/avatars\/\{avatar_id\}: HTTP 200 had malformed JSON \(6 characters\): ./,
    );
    expect(error.message).not.toContain('(not valid JSON)');
  });

  it.each([
    ['a JSON array', '[{"data":1}]'],
    ['a JSON object without data', '{"code":100,"message":"ok"}'],
    ['a bare JSON string', '"ok"'],
    ['JSON null', 'null'],
  ])('%s instead of the envelope', async (_label, text) => {
    const error = await parseErrorOf(getAvatar(answer(text, { 'content-type': 'application/json' })));
    expect(error.message).toBe(`${PREFIX} body is not the {code, data, message} envelope (after 1 attempt)`);
  });
});

describe('which content types count as JSON', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/problem+json',
    'application/vnd.api+json',
    'application/x.y-z+json;v=2',
  ])('%s is decoded', async (contentType) => {
    const result = await getAvatar(answer(ENVELOPE_TEXT, { 'content-type': contentType }));
    expect(result.data).toEqual({ id: 'a-1' });
  });

  it.each([
    'text/json',
    'xapplication/json',
    'text/plain; x=application/json',
    'application/jsonp',
    'application/+json',
  ])('%s is not JSON', async (contentType) => {
    const error = await parseErrorOf(getAvatar(answer(ENVELOPE_TEXT, { 'content-type': contentType })));
    expect(error.message).toContain(`had content-type ${contentType} where application/json was due`);
  });
});

describe('the envelope code and message reach withResponse only with their spec types', () => {
  it('a number code and a string message are kept', async () => {
    const text = JSON.stringify({ code: 1000, data: { id: 'a-1' }, message: 'Success' });
    const result = await getAvatar(answer(text, { 'content-type': 'application/json' }));
    expect(result).toMatchObject({ data: { id: 'a-1' }, code: 1000, message: 'Success' });
  });

  it('a string code and a non-string message are dropped, the data still arrives', async () => {
    const text = JSON.stringify({ code: '1000', data: { id: 'a-1' }, message: { text: 'Success' } });
    const result = await getAvatar(answer(text, { 'content-type': 'application/json' }));
    expect(result.data).toEqual({ id: 'a-1' });
    expect(result.code).toBeUndefined();
    expect(result.message).toBeUndefined();
  });
});

describe('bodies the spec does not promise', () => {
  const plainJsonClient = (response: Response) => {
    const operationTable: OperationTable = {
      securitySchemes: {},
      operations: { 'GET /plain': ['', 'json'], 'HEAD /plain': ['', 'json'] },
    };
    const client = createApiClient<Record<string, never>>(
      { operationTable, defaultServerUrl: BASE_URL },
      { fetch: fakeFetch(response).fetch },
    );
    return client as unknown as {
      GET: (path: string) => Promise<unknown>;
      HEAD: (path: string) => Promise<unknown>;
    };
  };

  it('plain JSON is passed through as is, envelope-shaped or not', async () => {
    const client = plainJsonClient(
      answer('{"code":1,"message":"m"}', { 'content-type': 'application/json' }),
    );
    await expect(client.GET('/plain')).resolves.toEqual({ code: 1, message: 'm' });
  });

  it('malformed plain JSON is still a ResponseParseError', async () => {
    const client = plainJsonClient(answer('{oops', { 'content-type': 'application/json' }));
    const error = await parseErrorOf(client.GET('/plain'));
    expect(error.message).toMatch(/^GET \/plain: HTTP 200 had malformed JSON \(5 characters\): /);
  });

  const notFound = () =>
    new Response(JSON.stringify({ code: 404, data: null, message: 'no such thing' }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });

  it('the body of a HEAD answer is never read, as HTTP says it has none', async () => {
    const error = await plainJsonClient(notFound())
      .HEAD('/plain')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'NotFoundError', status: 404, body: undefined });
  });

  it('the body of a GET error answer is read', async () => {
    const error = await plainJsonClient(notFound())
      .GET('/plain')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'NotFoundError',
      body: { code: 404, data: null, message: 'no such thing' },
    });
  });
});
