// Found by the hostile-server property: text the server chooses outside the body (a content type, a redirect's
// host name) reached errors unredacted. Pinned here as plain examples.
import { describe, expect, it } from 'vitest';
import { RedirectError, ResponseParseError } from '../../src/index.ts';
import { fakeFetch } from '../unit/fake-fetch.ts';
import { guardClient } from './support/guard-api.ts';
import { leakedSecrets, renderingsOf } from './support/renderings.ts';

const BASE_URL = 'https://api.guard.test';
/** Lower case, so it survives as a host name (URL parsing lower-cases hosts). */
const API_KEY = 'guard-lowercase-key-4kq9w2';

async function failureFor(answer: Response): Promise<unknown> {
  const client = guardClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: fakeFetch(answer).fetch });
  return client.GET('/key-only').then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('server-chosen text outside the body is redacted', () => {
  it('a content type that echoes the API key', async () => {
    const error = await failureFor(
      new Response('not json', { headers: { 'content-type': `text/plain; echo=${API_KEY}` } }),
    );
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).contentType).toBe('text/plain; echo=[REDACTED]');
    expect(leakedSecrets(renderingsOf(error), [API_KEY])).toEqual([]);
  });

  it('a redirect whose target host name is the API key', async () => {
    const error = await failureFor(
      new Response(null, { status: 302, headers: { location: `https://${API_KEY}.elsewhere.test/collect` } }),
    );
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).targetOrigin).toBe('https://[REDACTED].elsewhere.test');
    expect(leakedSecrets(renderingsOf(error), [API_KEY])).toEqual([]);
  });
});
