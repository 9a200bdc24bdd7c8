/** Field names whose values are treated as secrets wherever they appear in an error. */
const SECRET_FIELD = /secret|token|key|password|authorization|credential|cookie/i;
const REDACTED = '[REDACTED]';
/** Shorter strings are too likely to be ordinary words to scrub from text. */
const MIN_SECRET_LENGTH = 4;

/**
 * Removes credentials from anything an error carries. It knows the literal secret values of one call (API key,
 * session token, and request-body fields named like secrets) and scrubs them from every string, and it blanks
 * any field named like a secret. Built only on the error path, so successful calls pay nothing.
 */
export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: (string | undefined)[], requestBody?: unknown) {
    const found = secrets.filter((value): value is string => typeof value === 'string');
    collectSecretFields(requestBody, found, 0);
    // Longest first, so a secret that contains another is removed whole.
    this.secrets = [...new Set(found.filter((value) => value.length >= MIN_SECRET_LENGTH))].sort(
      (a, b) => b.length - a.length,
    );
  }

  text(value: string): string {
    let result = value;
    for (const secret of this.secrets) result = result.split(secret).join(REDACTED);
    return result;
  }

  /** A redacted deep copy of a JSON-like value. */
  value(input: unknown, depth = 0): unknown {
    if (typeof input === 'string') return this.text(input);
    if (typeof input !== 'object' || input === null || depth > 32) return input;
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1));
    return Object.fromEntries(
      Object.entries(input).map(([key, item]) => [
        key,
        SECRET_FIELD.test(key) && (typeof item === 'string' || typeof item === 'number')
          ? REDACTED
          : this.value(item, depth + 1),
      ]),
    );
  }
}

function collectSecretFields(value: unknown, into: string[], depth: number): void {
  if (typeof value !== 'object' || value === null || depth > 32) return;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && SECRET_FIELD.test(key)) into.push(item);
    else collectSecretFields(item, into, depth + 1);
  }
}
