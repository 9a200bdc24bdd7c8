import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors.ts';
import type { MockViolation, OperationRef } from './errors.ts';
import type { Redactor } from './redact.ts';
import { retryAfterMs } from './retry.ts';

const ERROR_CLASS_BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

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
  body: unknown,
  operation: OperationRef,
  attempts: number,
  redactor: Redactor,
): ApiError {
  const requestId = requestIdOf(headers);
  const ErrorClass = ERROR_CLASS_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass({
    status,
    operation,
    attempts,
    headers: Object.fromEntries([...headers].map(([name, value]) => [name, redactor.text(value)])),
    body: redactor.value(body),
    // Ends up in the message; a server that echoes the request's headers could put a credential in it.
    requestId: requestId && redactor.text(requestId),
    violations: parseViolations(headers.get('sl-violations'), redactor),
    retryAfterMs: retryAfterMs(headers),
  });
}

/** Prism reports request-validation problems in an `sl-violations` JSON header. */
function parseViolations(header: string | null, redactor: Redactor): MockViolation[] | undefined {
  if (header === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? (redactor.value(parsed) as MockViolation[]) : undefined;
  } catch {
    return undefined;
  }
}
