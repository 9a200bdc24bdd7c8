/**
 * `liveavatar-client/validate`: `client.use(validateResponses({ onInvalid: 'throw' | 'warn' }))` checks every
 * success response against the schema the spec declares for it. Its own entry point: the validators are ~13 kB
 * gzipped, and clients that do not import this pay nothing (the main entry and the browser bundle never load it).
 */
import type { Middleware } from 'openapi-fetch';
import { responseValidators } from '../generated/response-validators.js';
import { responseValidation } from './response-validation.ts';
import type { ValidateResponsesOptions } from './response-validation.ts';

/** Response validation middleware for LiveAvatar's fixed spec (generated/response-validators.js). */
export function validateResponses(options: ValidateResponsesOptions = {}): Middleware {
  return responseValidation(responseValidators, options);
}

export { responseValidation };
export { ResponseValidationError, describeViolation } from './response-validation-error.ts';
export type { ResponseViolation } from './response-validation-error.ts';
export type {
  ResponseValidator,
  ResponseValidatorTable,
  ValidateResponsesOptions,
  ValidationLogFields,
  ValidationLogger,
} from './response-validation.ts';
