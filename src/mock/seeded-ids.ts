/**
 * Deterministic ids for the mock: the same seed gives the same sequence of session ids and tokens on every run,
 * in Node and in a browser (no crypto, no Node APIs). mulberry32: tiny, fast, and good enough for ids.
 */
export interface IdSource {
  uuid(): string;
  /** A JWT-shaped session token (header.payload.signature) that names its session; not signed. */
  sessionToken(sessionId: string, issuedAtSeconds: number): string;
}

export function createIdSource(seed: number): IdSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const hex = (words: number): string =>
    Array.from({ length: words }, () => next().toString(16).padStart(8, '0')).join('');
  return {
    uuid() {
      const digits = hex(4);
      // Version 4, RFC 4122 variant: what `format: uuid` validators and UUID parsers expect.
      const variant = ((parseInt(digits.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
    },
    sessionToken(sessionId, issuedAtSeconds) {
      const header = base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
      const payload = base64Url(
        JSON.stringify({ sub: sessionId, iat: issuedAtSeconds, iss: 'liveavatar-mock' }),
      );
      return `${header}.${payload}.${hex(8)}`;
    },
  };
}

function base64Url(text: string): string {
  // btoa exists in browsers and in Node ≥ 16; the text is ASCII (JSON of ids and numbers). '=' is only padding.
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}
