/**
 * The client's public error hierarchy. Every class has a stable `name`, every message names the operation, and
 * nothing here ever holds a credential: messages and bodies pass through the redactor before they get here, so
 * `toJSON` can serialize every own field.
 *
 * Fields are `declare`d and assigned in the constructors: a plain declaration would also compile to a class-field
 * definition, bytes every browser download pays for nothing.
 */

/** Where a failure happened: `POST /v1/secrets` style, with the path template rather than the filled-in URL. */
export interface OperationRef {
  method: string;
  path: string;
}

/** `GET /v1/avatars`: how every message names its operation. */
export function operationName(operation: OperationRef): string {
  return `${operation.method} ${operation.path}`;
}

/** `after 1 attempt`, `after 3 attempts`: how messages say how far the call got. */
export function afterAttempts(attempts: number): string {
  return `after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
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
  declare readonly operation: OperationRef | undefined;
  declare readonly attempts: number;

  constructor(message: string, details: LiveAvatarErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.operation = details.operation;
    this.attempts = details.attempts ?? 0;
  }

  /** `name`, `message` and every own enumerable field: the subclasses' fields serialize without code of their own. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
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
  /** The server's requested wait (Retry-After), when it gave one. */
  retryAfterMs?: number | undefined;
}

/** The server answered with a non-2xx status. */
export class ApiError extends LiveAvatarError {
  static {
    this.prototype.name = 'ApiError';
  }
  declare readonly status: number;
  /** The envelope's `code` and `message`, when the error body is the `{code, data, message}` envelope. */
  declare readonly code: number | undefined;
  declare readonly apiMessage: string | undefined;
  declare readonly requestId: string | undefined;
  /** Not serialized by `toJSON` (see the constructor). */
  declare readonly headers: Record<string, string>;
  declare readonly body: unknown;
  /**
   * The wait the server asked for (Retry-After), when it gave one. Set on any status: a 429 or a 503 asking
   * for longer than the client will sleep is thrown at once, and the caller may want to wait that long itself.
   */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    // Read from any body: text, a number or null has neither field, just like an object that is not the envelope.
    const { code, message } = (init.body ?? {}) as { code?: unknown; message?: unknown };
    const apiMessage = typeof message === 'string' ? message : undefined;
    const summary = apiMessage ?? describeBody(init.body);
    super(
      `${operationName(init.operation)} failed with HTTP ${init.status}${summary ? `: ${summary}` : ''}` +
        `${init.requestId ? ` (request id ${init.requestId})` : ''} ${afterAttempts(init.attempts)}`,
      { operation: init.operation, attempts: init.attempts },
    );
    this.status = init.status;
    this.code = typeof code === 'number' ? code : undefined;
    this.apiMessage = apiMessage;
    this.requestId = init.requestId;
    // Non-enumerable, so `toJSON` leaves the raw response headers out, as it always has: a server may set
    // cookies or tokens there that the redactor cannot know about.
    Object.defineProperty(this, 'headers', { value: init.headers });
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
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
/** 429, or a retry wait the server asked for that is longer than the client will sleep. */
export class RateLimitError extends ApiError {
  static {
    this.prototype.name = 'RateLimitError';
  }
}
/** Any 5xx (a 503 asking for a wait longer than the client sleeps carries `retryAfterMs` too). */
export class InternalServerError extends ApiError {
  static {
    this.prototype.name = 'InternalServerError';
  }
}

/** 422: the request did not validate. `detail` is FastAPI's list; `violations` is the mock server's, if any. */
export class UnprocessableEntityError extends ApiError {
  static {
    this.prototype.name = 'UnprocessableEntityError';
  }
  declare readonly detail: ValidationErrorDetail[];
  declare readonly violations: MockViolation[];

  constructor(init: ApiErrorInit) {
    super(init);
    const detail = (init.body as { detail?: unknown } | null)?.detail;
    this.detail = Array.isArray(detail) ? (detail as ValidationErrorDetail[]) : [];
    this.violations = init.violations ?? [];
  }
}

/** The request never got an HTTP answer: refused, reset, DNS failure, or the body stream broke. */
export class ConnectionError extends LiveAvatarError {
  static {
    this.prototype.name = 'ConnectionError';
  }
  /** True when the connection was refused, so the server provably did not process the request. */
  declare readonly refused: boolean;

  constructor(message: string, details: LiveAvatarErrorDetails & { refused: boolean }) {
    super(message, details);
    this.refused = details.refused;
  }
}

/** An attempt took longer than its timeout budget (which covers reading the body). */
export class TimeoutError extends LiveAvatarError {
  static {
    this.prototype.name = 'TimeoutError';
  }
  declare readonly timeoutMs: number;

  constructor(message: string, details: LiveAvatarErrorDetails & { timeoutMs: number }) {
    super(message, details);
    this.timeoutMs = details.timeoutMs;
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
  declare readonly status: number;
  declare readonly contentType: string | null;

  constructor(
    message: string,
    details: LiveAvatarErrorDetails & { status: number; contentType: string | null },
  ) {
    super(message, details);
    this.status = details.status;
    this.contentType = details.contentType;
  }
}

/** The operation needs a credential the client was not given; thrown before any network traffic. */
export class MissingCredentialError extends LiveAvatarError {
  static {
    this.prototype.name = 'MissingCredentialError';
  }
  /** The option names that would satisfy the operation, e.g. `['apiKey']` or `['apiKey', 'sessionToken']`. */
  declare readonly acceptedCredentials: string[];

  constructor(message: string, details: LiveAvatarErrorDetails & { acceptedCredentials: string[] }) {
    super(message, details);
    this.acceptedCredentials = details.acceptedCredentials;
  }
}

/** The server redirected somewhere the client will not follow with credentials (another origin, or a loop). */
export class RedirectError extends LiveAvatarError {
  static {
    this.prototype.name = 'RedirectError';
  }
  declare readonly status: number;
  /** The redirect target's origin only; its path and query are not kept, they may carry tokens. */
  declare readonly targetOrigin: string | undefined;

  constructor(
    message: string,
    details: LiveAvatarErrorDetails & { status: number; targetOrigin: string | undefined },
  ) {
    super(message, details);
    this.status = details.status;
    this.targetOrigin = details.targetOrigin;
  }
}

/** The client was configured in a way that would put credentials at risk, or with an invalid option. */
export class ConfigurationError extends LiveAvatarError {
  static {
    this.prototype.name = 'ConfigurationError';
  }
}

/** A middleware hook's name, as openapi-fetch's `Middleware` spells it. */
export type MiddlewareHook = 'onRequest' | 'onResponse' | 'onError';

/**
 * A middleware registered with `client.use` threw, or returned what its hook may not return. Not retried. Its
 * message and `cause` (a copy of what the middleware threw: name, message, stack) are redacted like every error.
 */
export class MiddlewareError extends LiveAvatarError {
  static {
    this.prototype.name = 'MiddlewareError';
  }
  declare readonly hook: MiddlewareHook;

  constructor(message: string, details: LiveAvatarErrorDetails & { hook: MiddlewareHook }) {
    super(message, details);
    this.hook = details.hook;
  }
}

/** The class each non-2xx status maps to; other 5xx are InternalServerError, anything else ApiError. */
const API_ERROR_BY_STATUS: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The typed error for a non-2xx answer (what anthropic's `APIError.generate` does), kept next to the classes. */
export function apiErrorFor(init: ApiErrorInit): ApiError {
  const ErrorClass =
    API_ERROR_BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(init);
}

/** A short, single-line description of an error body for the message (the full body stays on `.body`). */
function describeBody(body: unknown): string {
  if (typeof body === 'string') return body.trim().replace(/\s+/g, ' ').slice(0, 120);
  const { detail, title } = (body ?? {}) as { detail?: unknown; title?: unknown };
  if (typeof title === 'string') return title;
  if (typeof detail === 'string') return detail.slice(0, 120);
  if (Array.isArray(detail)) return `${detail.length} validation error${detail.length === 1 ? '' : 's'}`;
  return '';
}
