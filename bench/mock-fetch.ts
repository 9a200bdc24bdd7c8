import { CREATE_SECRET_ENVELOPE } from './fixtures.ts';

/**
 * The mocked fetch openapi-fetch's own benchmark uses: a fresh `Response.json(...)` resolved on
 * `process.nextTick`, so a call costs what the client does plus one realistic async hop, and no network.
 */
export function mockEnvelopeFetch(): typeof fetch {
  return () =>
    new Promise<Response>((resolve) => {
      process.nextTick(() => {
        resolve(Response.json(CREATE_SECRET_ENVELOPE, { status: 200 }));
      });
    });
}
