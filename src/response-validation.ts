/**
 * Opt-in response validation as openapi-fetch middleware (`liveavatar-client/validate`): every success response
 * whose status the operation declares with a JSON body is checked against that schema, with validators compiled
 * at generate time (generated/response-validators.js). Error answers are left to the client's typed errors.
 */
import type { Middleware } from 'openapi-fetch';
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

/** What a warning carries besides its message: the operation, the status and where the body went wrong. */
export interface ValidationLogFields {
  method: string;
  path: string;
  status: number;
  pointer: string;
  rule: string;
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
      const violation = await check(validate, response);
      if (violation === undefined) return undefined;
      const error = new ResponseValidationError(operation, response.status, violation);
      if (onInvalid === 'throw') throw error;
      const once = `${operation.method} ${schemaPath}\0${violation.pointer}`;
      if (warned.has(once)) return undefined;
      warned.add(once);
      const fields = {
        ...operation,
        status: response.status,
        pointer: violation.pointer,
        rule: violation.rule,
      };
      try {
        logger.warn?.(error.message, fields);
      } catch {
        // A logger that throws must not fail the call: warnings are best effort.
      }
      return undefined;
    },
  };
}

/** Reads a clone (the client still reads the body) and returns the first problem, or undefined. */
async function check(
  validate: ResponseValidator,
  response: Response,
): Promise<ResponseViolation | undefined> {
  const text = await response.clone().text();
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
