// A session the way a real integration runs one: the backend (API key) creates a session token, the browser side
// (session token only) starts, keeps alive and stops the session. Against Prism, through the typed facade.
import { describe, expect, inject, it, vi } from 'vitest';
import { createLiveAvatarClient } from '../../src/index.ts';
import { urlOf } from '../support/fetch-url.ts';

const AVATAR_ID = '00000000-0000-4000-8000-00000000a1a1';
const BACKEND_API_KEY = 'session-flow-api-key';

/** Records the credential headers of every request, then sends it on to Prism. */
function recordingFetch() {
  const sent: { url: string; apiKey: string | null; authorization: string | null }[] = [];
  const spy = vi.fn<typeof fetch>((input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({
      url: urlOf(input),
      apiKey: headers.get('x-api-key'),
      authorization: headers.get('authorization'),
    });
    return globalThis.fetch(input, init);
  });
  return { spy, sent };
}

describe('session flow: backend token, then a session-token-only client', () => {
  it('creates a token with the API key, then starts, keeps alive and stops the session with that token', async () => {
    const baseUrl = inject('prismUrl');
    const backendWire = recordingFetch();
    const backend = createLiveAvatarClient({ apiKey: BACKEND_API_KEY, baseUrl, fetch: backendWire.spy });

    // `mode` is required by our fix-up, so the Full/Lite oneOf picks exactly one branch.
    const token = await backend.withResponse.POST('/v1/sessions/token', {
      body: { mode: 'FULL', avatar_id: AVATAR_ID, avatar_persona: {} },
    });
    expect(token.status).toBe(200);
    expect(token.data.session_token).toEqual(expect.any(String));
    expect(token.data.session_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(backendWire.sent).toEqual([
      { url: `${baseUrl}/v1/sessions/token`, apiKey: BACKEND_API_KEY, authorization: null },
    ]);

    const sessionWire = recordingFetch();
    const session = createLiveAvatarClient({
      sessionToken: token.data.session_token,
      baseUrl,
      fetch: sessionWire.spy,
    });
    const started = await session.withResponse.POST('/v1/sessions/start');
    expect(started.status).toBe(201);
    expect(started.data).toEqual(
      expect.objectContaining({ session_id: expect.any(String), livekit_url: expect.any(String) }),
    );

    const sessionId = token.data.session_id;
    const alive = await session.withResponse.POST('/v1/sessions/keep-alive', {
      body: { session_id: sessionId },
    });
    expect(alive.status).toBe(200);
    const stopped = await session.withResponse.POST('/v1/sessions/stop', {
      body: { session_id: sessionId, reason: 'USER_CLOSED' },
    });
    expect(stopped.status).toBe(200);

    // The browser-side client never holds the API key; every call carried the session token as a bearer.
    expect(sessionWire.sent.map((request) => request.url)).toEqual(
      ['start', 'keep-alive', 'stop'].map((step) => `${baseUrl}/v1/sessions/${step}`),
    );
    for (const request of sessionWire.sent) {
      expect(request.apiKey).toBeNull();
      expect(request.authorization).toBe(`Bearer ${token.data.session_token}`);
    }
  });
});
