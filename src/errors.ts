/**
 * The client's public error hierarchy. Every class has a stable `name`, every message names the operation, and
 * nothing here ever holds a credential: messages and bodies pass through the redactor before they get here, and
 * `toJSON` lists exactly the fields that serialize.
 */

/** Where a failure happened: `POST /v1/secrets` style, with the path template rather than the filled-in URL. */
export interface OperationRef {
  method: string;
  path: string;
}

export interface LiveAvatarErrorDetails {
  operation?: OperationRef | undefined;
  /** How many HTTP attempts were made before giving up (0 when none was sent). */
  attempts?: number | undefined;
  cause?: unknown;
}

export class LiveAvatarError extends Error {
  // On the prototype (not an instance field) so the stack header and util.inspect show the class name.
  static {
    this.prototype.name = 'LiveAvatarError';
  }
  readonly operation: OperationRef | undefined;
  readonly attempts: number;

  constructor(message: string, details: LiveAvatarErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.operation = details.operation;
    this.attempts = details.attempts ?? 0;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, operation: this.operation, attempts: this.attempts };
  }
}

/** A field error from FastAPI's `HTTPValidationError.detail[]`. */
export interface ValidationErrorDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
  input?: unknown;
  ctx?: Record<string, unknown>;
}

/** One entry of Prism's `sl-violations` header (the mock server's request validation). */
export interface MockViolation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

export interface ApiErrorInit {
  status: number;
  operation: OperationRef;
  attempts: number;
  headers: Record<string, string>;
  /** Response body, already parsed when it was JSON and redacted. */
  body: unknown;
  requestId: string | undefined;
  violations?: MockViolation[] | undefined;
  /** For 429: the server's requested wait, when it gave one. */
  retryAfterMs?: number | undefined;
}

/** The server answered with a non-2xx status. */
export class ApiError extends LiveAvatarError {
  static {
    this.prototype.name = 'ApiError';
  }
  readonly status: number;
  /** The envelope's `code` and `message`, when the error body is the `{code, data, message}` envelope. */
  readonly code: number | undefined;
  readonly apiMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly headers: Record<string, string>;
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    const envelope = asEnvelope(init.body);
    const summary = envelope?.message ?? describeBody(init.body);
    super(
      `${init.operation.method} ${init.operation.path} failed with HTTP ${init.status}${summary ? `: ${summary}` : ''}` +
        `${init.requestId ? ` (request id ${init.requestId})` : ''} after ${init.attempts} attempt${init.attempts === 1 ? '' : 's'}`,
      { operation: init.operation, attempts: init.attempts },
    );
    this.status = init.status;
    this.code = envelope?.code;
    this.apiMessage = envelope?.message;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.body = init.body;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      code: this.code,
      apiMessage: this.apiMessage,
      requestId: this.requestId,
      body: this.body,
    };
  }
}

export class BadRequestError extends ApiError {
  static {
    this.prototype.name = 'BadRequestError';
  }
}
export class AuthenticationError extends ApiError {
  static {
    this.prototype.name = 'AuthenticationError';
  }
}
export class PermissionDeniedError extends ApiError {
  static {
    this.prototype.name = 'PermissionDeniedError';
  }
}
export class NotFoundError extends ApiError {
  static {
    this.prototype.name = 'NotFoundError';
  }
}
export class ConflictError extends ApiError {
  static {
    this.prototype.name = 'ConflictError';
  }
}

/** 422: the request did not validate. `detail` is FastAPI's list; `violations` is the mock server's, if any. */
export class UnprocessableEntityError extends ApiError {
  static {
    this.prototype.name = 'UnprocessableEntityError';
  }
  readonly detail: ValidationErrorDetail[];
  readonly violations: MockViolation[];

  constructor(init: ApiErrorInit) {
    super(init);
    const detail = (init.body as { detail?: unknown } | null)?.detail;
    this.detail = Array.isArray(detail) ? (detail as ValidationErrorDetail[]) : [];
    this.violations = init.violations ?? [];
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), detail: this.detail, violations: this.violations };
  }
}

/** 429, or a retry wait the server asked for that is longer than the client will sleep. */
export class RateLimitError extends ApiError {
  static {
    this.prototype.name = 'RateLimitError';
  }
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

export class InternalServerError extends ApiError {
  static {
    this.prototype.name = 'InternalServerError';
  }
}

/** The request never got an HTTP answer: refused, reset, DNS failure, or the body stream broke. */
export class ConnectionError extends LiveAvatarError {
  static {
    this.prototype.name = 'ConnectionError';
  }
  /** True when the connection was refused, so the server provably did not process the request. */
  readonly refused: boolean;

  constructor(message: string, details: LiveAvatarErrorDetails & { refused: boolean }) {
    super(message, details);
    this.refused = details.refused;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), refused: this.refused };
  }
}

/** An attempt took longer than its timeout budget (which covers reading the body). */
export class TimeoutError extends LiveAvatarError {
  static {
    this.prototype.name = 'TimeoutError';
  }
  readonly timeoutMs: number;

  constructor(message: string, details: LiveAvatarErrorDetails & { timeoutMs: number }) {
    super(message, details);
    this.timeoutMs = details.timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}

/** The caller's AbortSignal fired. */
export class AbortError extends LiveAvatarError {
  static {
    this.prototype.name = 'AbortError';
  }
}

/** A 2xx answer whose body is not what the spec promises: not JSON, malformed, empty, or not the envelope. */
export class ResponseParseError extends LiveAvatarError {
  static {
    this.prototype.name = 'ResponseParseError';
  }
  readonly status: number;
  readonly contentType: string | null;

  constructor(
    message: string,
    details: LiveAvatarErrorDetails & { status: number; contentType: string | null },
  ) {
    super(message, details);
    this.status = details.status;
    this.contentType = details.contentType;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, contentType: this.contentType };
  }
}

/** The operation needs a credential the client was not given; thrown before any network traffic. */
export class MissingCredentialError extends LiveAvatarError {
  static {
    this.prototype.name = 'MissingCredentialError';
  }
  /** The option names that would satisfy the operation, e.g. `['apiKey']` or `['apiKey', 'sessionToken']`. */
  readonly acceptedCredentials: string[];

  constructor(message: string, details: LiveAvatarErrorDetails & { acceptedCredentials: string[] }) {
    super(message, details);
    this.acceptedCredentials = details.acceptedCredentials;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), acceptedCredentials: this.acceptedCredentials };
  }
}

/** The server redirected somewhere the client will not follow with credentials (another origin, or a loop). */
export class RedirectError extends LiveAvatarError {
  static {
    this.prototype.name = 'RedirectError';
  }
  readonly status: number;
  /** The redirect target's origin only; its path and query are not kept, they may carry tokens. */
  readonly targetOrigin: string | undefined;

  constructor(
    message: string,
    details: LiveAvatarErrorDetails & { status: number; targetOrigin: string | undefined },
  ) {
    super(message, details);
    this.status = details.status;
    this.targetOrigin = details.targetOrigin;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, targetOrigin: this.targetOrigin };
  }
}

/** The client was configured in a way that would put credentials at risk, or with an invalid option. */
export class ConfigurationError extends LiveAvatarError {
  static {
    this.prototype.name = 'ConfigurationError';
  }
}

function asEnvelope(body: unknown): { code: number | undefined; message: string | undefined } | undefined {
  if (typeof body !== 'object' || body === null || !('code' in body || 'message' in body)) return undefined;
  const { code, message } = body as { code?: unknown; message?: unknown };
  return {
    code: typeof code === 'number' ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}

/** A short, single-line description of an error body for the message (the full body stays on `.body`). */
function describeBody(body: unknown): string {
  if (typeof body === 'string') return body.trim().replace(/\s+/g, ' ').slice(0, 120);
  if (typeof body === 'object' && body !== null) {
    const { detail, title } = body as { detail?: unknown; title?: unknown };
    if (typeof title === 'string') return title;
    if (typeof detail === 'string') return detail.slice(0, 120);
    if (Array.isArray(detail)) return `${detail.length} validation error${detail.length === 1 ? '' : 's'}`;
  }
  return '';
}
