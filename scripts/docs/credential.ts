// What an operation needs from the caller, in the client's terms (apiKey, sessionToken), and what that means in a
// browser. Read from the operation's security alternatives and the scheme types, with the client's own rule
// (src/auth.ts credentialFor), so the page says what the client will do.
import type { ApiMetadata, OperationMetadata } from '../pipeline/operations.ts';
import { credentialFor } from '../../src/auth.ts';

type CredentialName = 'apiKey' | 'sessionToken';

export type CredentialKind = 'none' | 'apiKey' | 'sessionToken' | 'either' | 'all' | 'unsupported';

export interface CredentialNeed {
  kind: CredentialKind;
  /** One line: which credential(s), e.g. "API key or session token". */
  label: string;
  /** What that means for a page in a browser. */
  browser: string;
  /** The credentials the sample client is created with (undefined: the client cannot call it). */
  sampleCredentials: CredentialName[] | undefined;
}

const ORDER: readonly CredentialName[] = ['apiKey', 'sessionToken'];
const LABELS: Record<CredentialName, string> = { apiKey: 'API key', sessionToken: 'session token' };

/** The operation's alternatives as credential names; undefined inside when a scheme is one the client lacks. */
function alternatives(operation: OperationMetadata, metadata: ApiMetadata): (CredentialName[] | undefined)[] {
  return operation.security.map((schemes) => {
    const names = schemes.map((name) => {
      const scheme = metadata.securitySchemes[name];
      return scheme === undefined ? undefined : credentialFor(scheme);
    });
    if (!names.every((name) => name !== undefined)) return undefined;
    // One fixed order (the key, then the token), whatever order the spec lists schemes in.
    return [...new Set(names)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  });
}

export function credentialNeed(operation: OperationMetadata, metadata: ApiMetadata): CredentialNeed {
  const options = alternatives(operation, metadata);
  if (options.length === 0 || options.some((names) => names?.length === 0)) {
    return {
      kind: 'none',
      label: 'None (public)',
      browser: 'Callable from any page: no credential is sent.',
      sampleCredentials: [],
    };
  }
  const supported = options.filter((names): names is CredentialName[] => names !== undefined);
  const [first] = supported;
  if (first === undefined) {
    return {
      kind: 'unsupported',
      label: `A security scheme this client does not support (${operation.security.map((s) => s.join(' + ')).join(' or ')})`,
      browser: 'The client cannot call it; use the plain openapi-fetch client (liveavatar-client/raw).',
      sampleCredentials: undefined,
    };
  }
  // The sample prefers an alternative a browser page can use: one without the API key.
  const sample = supported.find((names) => !names.includes('apiKey')) ?? first;
  const label = supported.map((names) => names.map((name) => LABELS[name]).join(' + ')).join(' or ');
  return { ...describe(supported, first), label: capitalize(label), sampleCredentials: sample };
}

function describe(
  supported: CredentialName[][],
  first: CredentialName[],
): Pick<CredentialNeed, 'kind' | 'browser'> {
  const browserUsable = supported.filter((names) => !names.includes('apiKey'));
  if (supported.length > 1 && browserUsable.length > 0) {
    return {
      kind: 'either',
      browser: `In a browser, use the session token (apiKey is refused in browsers). A client holding both sends the ${first.map((name) => LABELS[name]).join(' + ')} (the spec's first alternative).`,
    };
  }
  if (browserUsable.length > 0) {
    return {
      kind: 'sessionToken',
      browser:
        'Callable from a page with a session token your backend created; never ship the API key to a browser.',
    };
  }
  return {
    kind: first.length > 1 ? 'all' : 'apiKey',
    browser:
      'Backend only: in a browser the client refuses apiKey with ConfigurationError (every visitor could read the key) unless dangerouslyAllowBrowser: true. Call it from your server.',
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
