import { afterAttempts, ConfigurationError, MissingCredentialError, operationName } from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { SecuritySchemeEntry } from './operation-table.ts';

/** The credentials a client holds. Which scheme each one serves is read from the spec's scheme types. */
export interface Credentials {
  apiKey: string | undefined;
  sessionToken: string | (() => string | Promise<string>) | undefined;
}

type CredentialName = keyof Credentials;

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
): Promise<Record<string, string> | undefined> {
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
      for (const { name, header } of required) {
        if (name === 'apiKey')
          // Stryker disable next-line StringLiteral: the `every` above saw apiKey defined, so `?? ''` never applies
          headers[header] = credentials.apiKey ?? '';
        else
          headers.Authorization = `Bearer ${await resolveToken(credentials.sessionToken, operation, attemptsSoFar)}`;
      }
      return headers;
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
