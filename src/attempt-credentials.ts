import type { Call } from './call.ts';
import type { AuthHeaders, ClientContext } from './context.ts';
import { afterAttempts, LiveAvatarError, MissingCredentialError, operationName } from './errors.ts';
import { Redactor } from './redact.ts';
import { credentialHeaders } from './security.ts';

/**
 * The credential headers for one attempt, resolved per attempt so a token function can hand out a refreshed
 * token on retry. A sessionToken function that throws becomes a MissingCredentialError.
 */
export async function resolveCredentials(
  ctx: ClientContext,
  call: Call,
  attemptsSoFar: number,
): Promise<AuthHeaders> {
  const { operation, security } = call;
  try {
    const headers = await credentialHeaders(
      security,
      ctx.table.securitySchemes,
      ctx.credentials,
      operation,
      attemptsSoFar,
    );
    ctx.authCache?.set(security, headers);
    return headers;
  } catch (error) {
    if (error instanceof LiveAvatarError) throw error;
    throw new MissingCredentialError(
      `${operationName(operation)}: the sessionToken function threw (${afterAttempts(attemptsSoFar)})`,
      { operation, attempts: attemptsSoFar, acceptedCredentials: ['sessionToken'], cause: error },
    );
  }
}

/** Knows this call's secrets: the credentials it sent (a token function's result too) and secret-named body fields. */
export function callRedactor(ctx: ClientContext, auth: AuthHeaders, body: unknown): Redactor {
  const { apiKey, sessionToken } = ctx.credentials;
  // The API key is the only other value `auth` can hold; a token function's token is in the bearer header.
  return new Redactor([apiKey, sessionToken, auth?.Authorization?.slice('Bearer '.length)], body);
}
