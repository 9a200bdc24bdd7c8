/** Field names whose values are treated as secrets wherever they appear in an error. */
const SECRET_FIELD = /secret|token|key|password|authorization|credential|cookie/i;
const REDACTED = '[REDACTED]';
/** Shorter strings are too likely to be ordinary words to scrub from text. */
const MIN_SECRET_LENGTH = 4;
/**
 * How deep the redactor walks. An error body nested deeper has the rest replaced (a JSON body can nest far deeper
 * than the stack allows, and kept unwalked it would keep an echoed credential); a request body's secret fields
 * deeper than this are not learned (no real body nests so deep, and the limit ends a cyclic one).
 */
const MAX_DEPTH = 32;

/**
 * Removes credentials from anything an error carries. It knows the literal secret values of one call (API key,
 * session token, and request-body fields named like secrets) and scrubs them from every string, and it blanks
 * any field named like a secret. Built only on the error path, so successful calls pay nothing.
 */
export class Redactor {
  private readonly secrets: string[];

  /** `secrets`: the credentials, of which only strings count (a token function is not one). */
  constructor(secrets: unknown[], requestBody?: unknown) {
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

  /**
   * A redacted deep copy of a JSON-like value. Strings and numbers under a secret-named field are blanked, in a
   * list under one too (`"api_keys": ["…"]`); an object under one is walked, and its own field names decide.
   */
  value(input: unknown, depth = 0, secretNamed = false): unknown {
    if (secretNamed && (typeof input === 'string' || typeof input === 'number')) return REDACTED;
    if (typeof input === 'string') return this.text(input);
    if (typeof input !== 'object' || input === null) return input;
    if (depth > MAX_DEPTH) return REDACTED;
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1, secretNamed));
    return Object.fromEntries(
      Object.entries(input).map(([key, item]) => [key, this.value(item, depth + 1, SECRET_FIELD.test(key))]),
    );
  }
}

function collectSecretFields(value: unknown, into: string[], depth: number): void {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && SECRET_FIELD.test(key)) into.push(item);
    else collectSecretFields(item, into, depth + 1);
  }
}
