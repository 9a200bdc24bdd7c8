/**
 * Credentials at run time: which credential a security scheme takes, the headers one attempt sends, and the
 * Redactor that keeps those credentials (and secret-named body fields) out of every error. Which operations a
 * client can call at compile time is in types.ts.
 */
import {
  afterAttempts,
  ConfigurationError,
  LiveAvatarError,
  MissingCredentialError,
  operationName,
} from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { Auth, Call, ClientContext } from './options.ts';
import type { CredentialName, Credentials, Redaction, SecuritySchemeEntry } from './types.ts';

/**
 * apiKey schemes in a named header take the API key; http bearer schemes take the session token. Nothing else is
 * supported. The pipeline applies the same rule when it generates the compile-time security map.
 */
export function credentialFor(scheme: SecuritySchemeEntry): CredentialName | undefined {
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return 'apiKey';
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return 'sessionToken';
  return undefined;
}

/**
 * Picks the first security alternative (in spec order) the client can satisfy and returns the headers it needs.
 * `security` is the generated compact form: "A|B" = A or B, "A+B" = A and B, "" = no credential.
 * `attemptsSoFar` only goes into errors: a token function is asked again on every attempt.
 */
export async function credentialHeaders(
  security: string,
  schemes: Readonly<Record<string, SecuritySchemeEntry>>,
  credentials: Credentials,
  operation: OperationRef,
  attemptsSoFar: number,
): Promise<Auth> {
  if (security === '') return undefined;
  const accepted: string[] = [];
  for (const alternative of security.split('|')) {
    const required = alternative.split('+').map((schemeName) => {
      const scheme = schemes[schemeName];
      const name = scheme && credentialFor(scheme);
      if (!name) {
        throw new ConfigurationError(
          `${operationName(operation)} needs security scheme "${schemeName}" (${scheme ? describe(scheme) : 'undeclared'}), which this client does not support`,
          { operation },
        );
      }
      // Stryker disable next-line StringLiteral: credentialFor serves an apiKey only with a header name; a bearer's is unused
      return { name, header: scheme.name ?? '' };
    });
    accepted.push(required.map(({ name }) => name).join(' + '));
    if (required.every(({ name }) => credentials[name] !== undefined)) {
      const headers: Record<string, string> = {};
      let token: string | undefined;
      for (const { name, header } of required) {
        if (name === 'apiKey')
          // Stryker disable next-line StringLiteral: the `every` above saw apiKey defined, so `?? ''` never applies
          headers[header] = credentials.apiKey ?? '';
        else {
          token = await resolveToken(credentials.sessionToken, operation, attemptsSoFar);
          headers.Authorization = `Bearer ${token}`;
        }
      }
      return { headers, token };
    }
  }
  throw new MissingCredentialError(
    `${operationName(operation)} needs ${accepted.map((name) => `\`${name}\``).join(' or ')}, and the client was created without it`,
    { operation, attempts: attemptsSoFar, acceptedCredentials: [...new Set(accepted)] },
  );
}

async function resolveToken(
  token: Credentials['sessionToken'],
  operation: OperationRef,
  attemptsSoFar: number,
): Promise<string> {
  const value = typeof token === 'function' ? await token() : token;
  if (typeof value !== 'string' || value === '') {
    throw new MissingCredentialError(
      `${operationName(operation)}: the sessionToken function returned no token (${afterAttempts(attemptsSoFar)})`,
      { operation, attempts: attemptsSoFar, acceptedCredentials: ['sessionToken'] },
    );
  }
  return value;
}

function describe(scheme: SecuritySchemeEntry): string {
  return [scheme.type, scheme.in, scheme.scheme].filter(Boolean).join(' ');
}

/**
 * The credentials of one attempt, resolved per attempt so a token function can hand out a refreshed token on
 * retry. A sessionToken function that throws becomes a MissingCredentialError.
 */
export async function resolveCredentials(
  ctx: ClientContext,
  call: Call,
  attemptsSoFar: number,
): Promise<Auth> {
  const { operation, security } = call;
  try {
    const auth = await credentialHeaders(
      security,
      ctx.table.securitySchemes,
      ctx.credentials,
      operation,
      attemptsSoFar,
    );
    ctx.authCache?.set(security, auth);
    return auth;
  } catch (error) {
    if (error instanceof LiveAvatarError) throw error;
    throw new MissingCredentialError(
      `${operationName(operation)}: the sessionToken function threw (${afterAttempts(attemptsSoFar)})`,
      { operation, attempts: attemptsSoFar, acceptedCredentials: ['sessionToken'], cause: error },
    );
  }
}

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
 * any field named like a secret. It learns the secrets on first use, so a successful call pays only for making it.
 */
export class Redactor implements Redaction {
  /** The secrets, longest first, learned on first use. */
  declare private readonly secrets: () => string[];

  /** `secrets`: the credentials, of which only strings count (a token function is not one). */
  constructor(secrets: unknown[], requestBody?: unknown) {
    let known: string[] | undefined;
    this.secrets = () => (known ??= learnSecrets(secrets, requestBody));
  }

  text(value: string): string {
    let result = value;
    for (const secret of this.secrets()) result = result.split(secret).join(REDACTED);
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

/** The credentials given (strings only) and the request body's secret-named fields, longest first. */
function learnSecrets(given: unknown[], requestBody: unknown): string[] {
  const found = given.filter((value): value is string => typeof value === 'string');
  collectSecretFields(requestBody, found, 0);
  // Longest first, so a secret that contains another is removed whole.
  return [...new Set(found.filter((value) => value.length >= MIN_SECRET_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
}

function collectSecretFields(value: unknown, into: string[], depth: number): void {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && SECRET_FIELD.test(key)) into.push(item);
    else collectSecretFields(item, into, depth + 1);
  }
}
