import { inspect } from 'node:util';

/**
 * Every way an error is commonly turned into text: `String`, message, stack, `JSON.stringify` and `util.inspect`
 * (hidden fields too), for the error and each error in its cause chain.
 */
export function renderingsOf(error: unknown): string[] {
  const texts: string[] = [];
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    // Typed as possibly undefined: JSON.stringify returns undefined for what it cannot serialize.
    const json = JSON.stringify(current) as string | undefined;
    texts.push(json ?? '', inspect(current, { depth: 10, showHidden: true }));
    if (current instanceof Error) texts.push(String(current), current.message, current.stack ?? '');
    current = (current as { cause?: unknown }).cause;
  }
  return texts;
}

/** The secrets (from `secrets`) that appear in any of `texts`. */
export function leakedSecrets(texts: readonly string[], secrets: readonly string[]): string[] {
  return secrets.filter((secret) => texts.some((text) => text.includes(secret)));
}
