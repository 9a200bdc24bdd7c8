// The body the fetch implementation is handed: a multipart upload goes to fetch as the FormData itself (fetch streams
// it and picks the boundary) unless a middleware needs it as bytes; a JSON body stays the serialized text a fetch
// wrapper (logging, signing) can read; a call without a body sends none, whatever its content-type.
import { describe, expect, it } from 'vitest';
import { createFrozenClient } from '../support/frozen-api.ts';
import { API_KEY, BASE_URL, envelope, UUID } from './fake-fetch.ts';

const SECRET = { secret_name: 'vault', secret_value: 'v', secret_type: 'OPENAI_API_KEY' } as const;

/** A fetch that keeps the init it was handed, untouched, and answers with a fresh envelope. */
function capturingFetch() {
  const inits: RequestInit[] = [];
  const fetch = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    inits.push(init ?? {});
    return Promise.resolve(envelope({ id: 's' }));
  };
  return { fetch, inits };
}

function upload() {
  const form = new FormData();
  form.append('file', new Blob(['voice sample']), 'sample.wav');
  // A FormData body is what openapi-fetch sends as multipart, whatever the operation declares.
  return form as unknown as typeof SECRET;
}

describe('a multipart body', () => {
  it('without middleware, fetch gets the FormData itself and no content-type, so it picks the boundary', async () => {
    const { fetch, inits } = capturingFetch();
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const form = upload();
    await client.POST('/v1/secrets', { body: form });
    expect(inits[0]?.body).toBe(form);
    expect(new Headers(inits[0]?.headers).has('content-type')).toBe(false);
    expect(new Headers(inits[0]?.headers).get('x-api-key')).toBe(API_KEY);
  });

  it('with middleware, fetch gets the bytes the Request made, under the boundary it chose', async () => {
    const { fetch, inits } = capturingFetch();
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    client.use({
      onRequest({ request }) {
        request.headers.set('x-traced', '1');
      },
    });
    await client.POST('/v1/secrets', { body: upload() });
    const headers = new Headers(inits[0]?.headers);
    expect(headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const received = await new Response(inits[0]?.body, { headers }).formData();
    expect(await (received.get('file') as File).text()).toBe('voice sample');
    expect(headers.get('x-traced')).toBe('1');
  });
});

describe('a JSON body', () => {
  it('reaches fetch as the serialized text, with or without a middleware that only sets headers', async () => {
    const { fetch, inits } = capturingFetch();
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    await client.POST('/v1/secrets', { body: SECRET });
    client.use({
      onRequest({ request }) {
        request.headers.set('x-traced', '1');
      },
    });
    await client.POST('/v1/secrets', { body: SECRET });
    expect(inits.map((init) => init.body)).toEqual([JSON.stringify(SECRET), JSON.stringify(SECRET)]);
  });
});

describe('a call without a body', () => {
  it('sends none, even under a form content-type', async () => {
    const { fetch, inits } = capturingFetch();
    const client = createFrozenClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    await client.DELETE('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: UUID } },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(inits[0]?.body).toBeUndefined();
    expect(inits[0]?.method).toBe('DELETE');
  });
});
