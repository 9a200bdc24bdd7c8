import { LiveAvatarError, operationName } from './errors.ts';
import type { OperationRef } from './errors.ts';

/** One problem of a response body: where (a JSON pointer into the body), which rule, what it wanted, what came. */
export interface ResponseViolation {
  /** RFC 6901 pointer into the response body (`/data/results/0/id`); `''` is the whole body. */
  pointer: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `format`, `enum`, …), or `json` for a body that is not JSON. */
  rule: string;
  /** What the spec wants there, in words (`must be string`). Names only schema facts, never body values. */
  expected: string;
  /** What came instead, as a kind (`number`, `null`, `missing`, `not JSON`), never the value itself. */
  received: string;
}

/**
 * A response body that does not match its operation's declared schema (`liveavatar-client/validate`, mode
 * `throw`). The message names the operation, the status, the JSON pointer and the rule, and never a body value,
 * so an echoed credential cannot reach it.
 */
export class ResponseValidationError extends LiveAvatarError {
  static {
    this.prototype.name = 'ResponseValidationError';
  }
  declare readonly status: number;
  declare readonly violation: ResponseViolation;

  constructor(operation: OperationRef, status: number, violation: ResponseViolation) {
    super(describeViolation(operation, status, violation), { operation });
    this.status = status;
    this.violation = violation;
  }
}

/** `GET /v1/avatars: HTTP 200 body does not match the spec at /data/id: type (must be string, got number)`. */
export function describeViolation(
  operation: OperationRef,
  status: number,
  violation: ResponseViolation,
): string {
  const at = violation.pointer === '' ? '(the whole body)' : violation.pointer;
  return (
    `${operationName(operation)}: HTTP ${status} body does not match the spec at ${at}: ` +
    `${violation.rule} (${violation.expected}, got ${violation.received})`
  );
}
