import { ConfigurationError, MissingCredentialError } from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { SecuritySchemeEntry } from './operation-table.ts';

/** The credentials a client holds. Which scheme each one serves is read from the spec's scheme types. */
export interface Credentials {
  apiKey: string | undefined;
  sessionToken: string | (() => string | Promise<string>) | undefined;
}

type CredentialName = keyof Credentials;

/** apiKey schemes take the API key; http bearer schemes take the session token. Nothing else is supported. */
function credentialFor(scheme: SecuritySchemeEntry): CredentialName | undefined {
  if (scheme.type === 'apiKey' && scheme.in === 'header') return 'apiKey';
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return 'sessionToken';
  return undefined;
}

/**
 * Picks the first security alternative (in spec order) the client can satisfy and returns the headers it needs.
 * `security` is the generated compact form: "A|B" = A or B, "A+B" = A and B, "" = no credential.
 */
export async function credentialHeaders(
  security: string,
  schemes: Readonly<Record<string, SecuritySchemeEntry>>,
  credentials: Credentials,
  operation: OperationRef,
): Promise<Record<string, string> | undefined> {
  if (security === '') return undefined;
  const alternatives = security.split('|').map((all) => all.split('+'));
  const accepted: string[] = [];
  for (const required of alternatives) {
    const names = required.map((schemeName) => {
      const scheme = schemes[schemeName];
      const name = scheme && credentialFor(scheme);
      if (!name) {
        throw new ConfigurationError(
          `${operation.method} ${operation.path} needs security scheme "${schemeName}" (${scheme ? describe(scheme) : 'undeclared'}), which this client does not support`,
          { operation },
        );
      }
      return name;
    });
    accepted.push(names.join(' + '));
    if (names.every((name) => credentials[name] !== undefined)) {
      const headers: Record<string, string> = {};
      for (const [index, name] of names.entries()) {
        const scheme = schemes[required[index] ?? ''] as SecuritySchemeEntry;
        const value =
          name === 'apiKey' ? credentials.apiKey : await resolveToken(credentials.sessionToken, operation);
        if (name === 'apiKey') headers[scheme.name ?? ''] = value ?? '';
        else headers.Authorization = `Bearer ${value ?? ''}`;
      }
      return headers;
    }
  }
  throw new MissingCredentialError(
    `${operation.method} ${operation.path} needs ${accepted.map((name) => `\`${name}\``).join(' or ')}, and the client was created without it`,
    { operation, acceptedCredentials: [...new Set(accepted)] },
  );
}

async function resolveToken(token: Credentials['sessionToken'], operation: OperationRef): Promise<string> {
  const value = typeof token === 'function' ? await token() : token;
  if (typeof value !== 'string' || value === '') {
    throw new MissingCredentialError(
      `${operation.method} ${operation.path}: the sessionToken function returned no token`,
      {
        operation,
        acceptedCredentials: ['sessionToken'],
      },
    );
  }
  return value;
}

function describe(scheme: SecuritySchemeEntry): string {
  return [scheme.type, scheme.in, scheme.scheme].filter(Boolean).join(' ');
}
