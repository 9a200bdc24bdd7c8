import { inspect } from 'node:util';
import { expect } from 'vitest';

/** Distinctive fake credentials, so any appearance of them in output is unambiguous. */
export const API_KEY = 'la-test-api-key-3f9c2b7e1d5a';
export const SESSION_TOKEN = 'la-test-session-token-8b6d4f2a0c1e';
export const CREDENTIALS = [API_KEY, SESSION_TOKEN] as const;

/** Every way an error is commonly turned into text, for it and each error in its cause chain. */
export function renderingsOf(error: unknown): string[] {
  const texts: string[] = [];
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    // Typed as possibly undefined: JSON.stringify returns undefined for what it cannot serialize.
    const json = JSON.stringify(current) as string | undefined;
    texts.push(json ?? '', inspect(current, { depth: 10 }));
    if (current instanceof Error) texts.push(String(current), current.message, current.stack ?? '');
    current = (current as { cause?: unknown }).cause;
  }
  return texts;
}

export function expectNoCredentialIn(error: unknown): void {
  const rendered = renderingsOf(error).join('\n');
  for (const secret of CREDENTIALS) expect(rendered).not.toContain(secret);
}
