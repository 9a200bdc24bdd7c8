// Same-origin means scheme, host and port: a redirect that keeps the host but changes the scheme is refused, and
// a refused or followed redirect's own body is released at once rather than left holding its connection.
import { describe, expect, it } from 'vitest';
import { RedirectError } from '../../src/index.ts';
import { untilReal } from '../resilience/support/fake-clock.ts';
import { envelope, reply } from '../resilience/support/fault-server.ts';
import { rejectionOf, useFaultServer } from '../resilience/support/harness.ts';
import { fakeFetch } from '../unit/fake-fetch.ts';
import { GUARD_API_KEY, GUARD_KEY_HEADER, guardClient } from './support/guard-api.ts';

const server = useFaultServer();
const THING = { id: 'thing-1' };

describe('a redirect to the same host under another scheme is another origin', () => {
  it('https → http on the same host is refused, and the API key is never sent over http', async () => {
    const { fetch, requests } = fakeFetch(
      new Response(null, { status: 302, headers: { location: 'http://api.guard.test/key-only?page=2' } }),
      Response.json({ code: 100, data: THING, message: 'ok' }),
    );
    const client = guardClient({ apiKey: GUARD_API_KEY, baseUrl: 'https://api.guard.test', fetch });
    const error = await rejectionOf(client.GET('/key-only'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, targetOrigin: 'http://api.guard.test', attempts: 1 });
    expect(requests.map((request) => request.url)).toEqual(['https://api.guard.test/key-only']);
  });

  it('http → https on the same host and port is refused on a real socket', async () => {
    const sameHostOtherScheme = server.current.url.replace(/^http:/, 'https:');
    server.current.script(reply(307, '', { location: `${sameHostOtherScheme}/key-only` }), envelope(THING));
    const client = guardClient({ apiKey: GUARD_API_KEY, baseUrl: server.current.url });
    const error = await rejectionOf(client.GET('/key-only'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 307, targetOrigin: new URL(sameHostOtherScheme).origin });
    expect(server.current.requests).toHaveLength(1);
  });
});

describe("a redirect's own body is cancelled, not left holding the connection", () => {
  /** Headers and a first byte of body, then nothing for longer than any wait below. */
  const stalledRedirect = (location: string) =>
    ({
      kind: 'stall-mid-body',
      status: 302,
      headers: { location, 'content-type': 'text/html' },
      body: '<html>moved, and this page never finishes arriving</html>',
      bytesBeforeStall: 1,
      stallMs: 60_000,
    }) as const;

  it('a followed same-origin redirect', async () => {
    server.current.script(stalledRedirect('/key-only?moved=1'), envelope(THING));
    const client = guardClient({ apiKey: GUARD_API_KEY, baseUrl: server.current.url });
    await expect(client.GET('/key-only')).resolves.toEqual(THING);
    expect(server.current.requests[1]?.headers[GUARD_KEY_HEADER]).toBe(GUARD_API_KEY);
    await untilReal(
      () => server.current.requests[0]?.connectionClosed === true,
      'the redirect to be released',
    );
  });

  it('a refused cross-origin redirect', async () => {
    server.current.script(stalledRedirect('https://elsewhere.guard.test/collect'));
    const client = guardClient({ apiKey: GUARD_API_KEY, baseUrl: server.current.url });
    expect(await rejectionOf(client.GET('/key-only'))).toBeInstanceOf(RedirectError);
    await untilReal(
      () => server.current.requests[0]?.connectionClosed === true,
      'the redirect to be released',
    );
  });
});
