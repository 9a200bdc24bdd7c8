import { apiErrorFor } from './errors.ts';
import type { ApiError, MockViolation, OperationRef } from './errors.ts';
import type { Redactor } from './redact.ts';
import { retryAfterMs } from './retry-after.ts';

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id'];

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Builds the typed error for a non-2xx answer; every string in it has been through the redactor. */
export function errorFromResponse(
  { status, headers }: Response,
  text: string | undefined,
  operation: OperationRef,
  attempts: number,
  redactor: Redactor,
): ApiError {
  const requestId = requestIdOf(headers);
  return apiErrorFor({
    status,
    operation,
    attempts,
    headers: Object.fromEntries([...headers].map(([name, value]) => [name, redactor.text(value)])),
    body: redactor.value(parseJsonOrText(text)),
    // Ends up in the message; a server that echoes the request's headers could put a credential in it.
    requestId: requestId && redactor.text(requestId),
    violations: parseViolations(headers.get('sl-violations'), redactor),
    retryAfterMs: retryAfterMs(headers),
  });
}

/** JSON parsed, anything else as it came: an error body as openapi-fetch gives it, or a header's value. */
function parseJsonOrText(text: string | null | undefined): unknown {
  try {
    return text && JSON.parse(text);
  } catch {
    return text;
  }
}

/** Prism reports request-validation problems in an `sl-violations` JSON header. */
function parseViolations(header: string | null, redactor: Redactor): MockViolation[] | undefined {
  const parsed = parseJsonOrText(header);
  return Array.isArray(parsed) ? (redactor.value(parsed) as MockViolation[]) : undefined;
}
