// The mock's seeded ids (src/mock/seeded-ids.ts): mulberry32 words as version-4 UUIDs, and unsigned JWT-shaped
// session tokens whose base64url parts decode to what they name.
import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../src/mock/seeded-ids.ts';

/** mulberry32 as its author published it (bryc, "PRNGs for JavaScript"), as 32-bit words: the reference. */
function mulberry32Words(seed: number, count: number): number[] {
  let a = seed;
  return Array.from({ length: count }, () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  });
}

const hexWords = (words: number[]) => words.map((word) => word.toString(16).padStart(8, '0')).join('');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;

describe('seeded ids', () => {
  it('builds each UUID from the next four mulberry32 words, with version 4 and the RFC 4122 variant', () => {
    const ids = createIdSource(5);
    const words = mulberry32Words(5, 4 * 40);
    const withoutVersionAndVariant = (hex: string) => hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
    const lowBits = (hex: string) => parseInt(hex.charAt(16), 16) & 3;
    for (let index = 0; index < 40; index += 1) {
      const uuid = ids.uuid();
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const digits = hexWords(words.slice(index * 4, index * 4 + 4));
      const hex = uuid.replaceAll('-', '');
      expect(withoutVersionAndVariant(hex)).toBe(withoutVersionAndVariant(digits));
      expect(lowBits(hex)).toBe(lowBits(digits));
    }
  });

  it('uses every variant digit of RFC 4122 across ids', () => {
    const ids = createIdSource(1);
    const variants = new Set(Array.from({ length: 40 }, () => ids.uuid().charAt(19)));
    expect([...variants].sort()).toEqual(['8', '9', 'a', 'b']);
  });

  it('makes an unsigned JWT-shaped token naming its session and issue time, signed by the next 8 words', () => {
    const token = createIdSource(3).sessionToken('session-1', 1_763_632_800);
    const [header = '', payload = '', signature] = token.split('.');
    expect(decode(header)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(decode(payload)).toEqual({ sub: 'session-1', iat: 1_763_632_800, iss: 'liveavatar-mock' });
    expect(signature).toBe(hexWords(mulberry32Words(3, 8)));
  });

  it('writes base64url without padding, whatever characters and length the payload has', () => {
    // '~~~' and '???' encode to '+' and '/' in plain base64; subjects of other lengths need one or two '='.
    for (const subject of ['x~~~???', 'x~~~???a', 'x~~~???ab']) {
      const [header = '', payload = ''] = createIdSource(1).sessionToken(subject, 0).split('.');
      for (const part of [header, payload]) expect(part).toMatch(/^[\w-]+$/);
      expect(decode(payload)).toMatchObject({ sub: subject });
    }
  });
});
