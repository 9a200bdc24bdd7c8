/**
 * Opt-in response validation as openapi-fetch middleware (`liveavatar-client/validate`): every success response
 * whose status the operation declares with a JSON body is checked against that schema, with validators compiled
 * at generate time (generated/response-validators.js). Error answers are left to the client's typed errors.
 */
import type { Middleware } from 'openapi-fetch';
import { replayResponse } from './replay-response.ts';
import { ResponseValidationError } from './response-validation-error.ts';
import type { ResponseViolation } from './response-validation-error.ts';
import { mostSpecificViolation } from './schema-errors.ts';
import type { SchemaError } from './schema-errors.ts';

/** A compiled validator in Ajv's shape: true when valid, otherwise `errors` says why. */
export interface ResponseValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null | undefined;
}

/** Operation key (`GET /v1/avatars`) → status → validator, as generated/response-validators.js exports it. */
export type ResponseValidatorTable = Readonly<Record<string, Readonly<Record<string, ResponseValidator>>>>;

/**
 * What a warning carries besides its message. `validateResponses` always sets every field; `status`, `pointer`
 * and `rule` are optional in the type only so that the client's own `Logger` (whose fields have none of them) can
 * be passed as is.
 */
export interface ValidationLogFields {
  method: string;
  path: string;
  status?: number | undefined;
  pointer?: string | undefined;
  rule?: string | undefined;
}

/** Where `warn` mode writes; the client's `logger` fits (pass the same object). */
export interface ValidationLogger {
  warn?(message: string, fields: ValidationLogFields): void;
}

export interface ValidateResponsesOptions {
  /** `throw` (default): the call fails with ResponseValidationError. `warn`: log once per operation and pointer, and resolve. */
  onInvalid?: 'throw' | 'warn' | undefined;
  /** For `warn`: the logger (default `console`). */
  logger?: ValidationLogger | undefined;
}

/** The middleware for a spec run through the pipeline; `validateResponses` binds LiveAvatar's validators. */
export function responseValidation(
  validators: ResponseValidatorTable,
  options: ValidateResponsesOptions = {},
): Middleware {
  const { onInvalid = 'throw', logger = console } = options;
  // JavaScript callers may pass anything.
  if (!['throw', 'warn'].includes(onInvalid)) {
    throw new TypeError(`onInvalid must be 'throw' or 'warn', got ${JSON.stringify(onInvalid)}`);
  }
  const warned = new Set<string>();
  return {
    async onResponse({ request, response, schemaPath }) {
      const operation = { method: request.method, path: schemaPath };
      const validate = validators[`${operation.method} ${schemaPath}`]?.[String(response.status)];
      if (validate === undefined) return undefined;
      // Read once and handed on as a replay: cheaper than reading a clone (see replay-response.ts).
      const text = await response.text();
      const replay = replayResponse(response, text);
      const violation = check(validate, text);
      if (violation === undefined) return replay;
      const error = new ResponseValidationError(operation, response.status, violation);
      if (onInvalid === 'throw') throw error;
      const once = `${operation.method} ${schemaPath}\0${violation.pointer}`;
      if (warned.has(once)) return replay;
      warned.add(once);
      const fields = {
        ...operation,
        status: response.status,
        pointer: violation.pointer,
        rule: violation.rule,
      };
      try {
        // Stryker disable next-line OptionalChaining: a missing warn throws inside this try, which swallows it too
        logger.warn?.(error.message, fields);
      } catch {
        // A logger that throws must not fail the call: warnings are best effort.
      }
      return replay;
    },
  };
}

/** The first problem of the body, or undefined. */
function check(validate: ResponseValidator, text: string): ResponseViolation | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      pointer: '',
      rule: 'json',
      expected: 'must be a JSON body',
      received: text === '' ? 'an empty body' : 'not JSON',
    };
  }
  return validate(body) ? undefined : mostSpecificViolation(validate.errors ?? [], body);
}
