import { ConfigurationError, operationName } from './errors.ts';
import type { OperationRef } from './errors.ts';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './defaults.ts';

/** Receives one structured line per attempt, retry and failure. Request headers and bodies are never passed. */
export interface Logger {
  debug?(message: string, fields: LogFields): void;
  info?(message: string, fields: LogFields): void;
  warn?(message: string, fields: LogFields): void;
  error?(message: string, fields: LogFields): void;
}

export interface LogFields {
  method: string;
  /** The path template (`/v1/avatars/{avatar_id}`), never the filled-in URL. */
  path: string;
  attempt: number;
  status?: number | undefined;
  durationMs?: number | undefined;
  requestId?: string | undefined;
  retryInMs?: number | undefined;
  error?: string | undefined;
}

/** A session token, or a function that returns the current one (called once per attempt, so it may refresh). */
export type SessionTokenSource = string | (() => string | Promise<string>);

export interface ClientOptions {
  /** LiveAvatar API key, sent in the header the spec names (X-API-KEY). Server side only. */
  apiKey?: string | undefined;
  /** Session token from POST /v1/sessions/token, sent as `Authorization: Bearer …`. Safe for browsers. */
  sessionToken?: SessionTokenSource | undefined;
  /** Default: the spec's first server, https://api.liveavatar.com. */
  baseUrl?: string | undefined;
  /** Custom fetch implementation (default: globalThis.fetch). */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Per-attempt timeout in ms, including reading the body. Default 60 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /** Silent unless given. */
  logger?: Logger | undefined;
  /** Allow `apiKey` in a browser page, where every visitor can read it. Default false. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** Allow credentials over plain http to a non-loopback host. Default false. */
  allowInsecureHttp?: boolean | undefined;
}

/** Options each call accepts next to its params and body; they win over the client's. */
export interface CallOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** Checks the client options; a wrong value would otherwise misbehave silently, or send a malformed header. */
export function validateOptions(options: ClientOptions): void {
  const { apiKey, sessionToken } = options;
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '' || hasControlCharacters(apiKey))) {
    throw new ConfigurationError('apiKey must be a non-empty string without control characters');
  }
  if (typeof sessionToken === 'string' && (sessionToken === '' || hasControlCharacters(sessionToken))) {
    throw new ConfigurationError('sessionToken must be a non-empty string without control characters');
  }
  if (sessionToken !== undefined && typeof sessionToken !== 'string' && typeof sessionToken !== 'function') {
    throw new ConfigurationError('sessionToken must be a string or a function returning one');
  }
  checkLimits(options.timeout ?? DEFAULT_TIMEOUT_MS, options.maxRetries ?? DEFAULT_MAX_RETRIES);
}

/** Checks a timeout and a retry count, the client's or (with its operation named in the message) one call's. */
export function checkLimits(timeout: number, maxRetries: number, operation?: OperationRef): void {
  const where = operation ? `${operationName(operation)}: ` : '';
  if (!(Number.isFinite(timeout) && timeout > 0)) {
    throw new ConfigurationError(
      `${where}timeout must be a positive number of milliseconds, got ${String(timeout)}`,
      { operation },
    );
  }
  if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ConfigurationError(`${where}maxRetries must be a whole number ≥ 0, got ${String(maxRetries)}`, {
      operation,
    });
  }
}

/** Header values may not hold control characters (fetch would throw, quoting the value). */
function hasControlCharacters(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
