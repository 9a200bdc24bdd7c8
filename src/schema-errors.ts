/**
 * Turns a JSON Schema validator's errors (Ajv's shape) into one ResponseViolation: the most specific problem,
 * described by schema facts and the kind of value found, never the value.
 */
import type { ResponseViolation } from './response-validation-error.ts';

/** Ajv's error shape, as the generated validators and Ajv itself report it. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string | undefined;
}

/** Keywords that only say "a branch failed": the branch's own errors say what is wrong. */
const COMPOSITE = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', '$ref']);

/** The deepest non-composite error (ties: the first), with sibling type alternatives merged (`object or null`). */
export function mostSpecificViolation(errors: readonly SchemaError[], body: unknown): ResponseViolation {
  const specific = errors.filter((error) => !COMPOSITE.has(error.keyword));
  const candidates = specific.length > 0 ? specific : errors;
  let best = candidates[0];
  for (const error of candidates) if (best && depth(error) > depth(best)) best = error;
  if (best === undefined)
    return { pointer: '', rule: 'schema', expected: 'must match', received: kindOf(body) };
  return toViolation(best, candidates, body);
}

/** Every error as a violation (composite ones left out when something more specific exists). */
export function allViolations(errors: readonly SchemaError[], body: unknown): ResponseViolation[] {
  const specific = errors.filter((error) => !COMPOSITE.has(error.keyword));
  const kept = (specific.length > 0 ? specific : errors).filter(
    (error) => !isShadowedBranch(error, specific),
  );
  const seen = new Set<string>();
  const violations: ResponseViolation[] = [];
  for (const error of kept) {
    const violation = toViolation(error, kept, body);
    const key = `${violation.pointer}\0${violation.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
  }
  return violations;
}

function toViolation(error: SchemaError, all: readonly SchemaError[], body: unknown): ResponseViolation {
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') {
    const pointer = `${error.instancePath}/${escape(error.params.missingProperty)}`;
    return { pointer, rule: 'required', expected: 'required by the spec', received: 'missing' };
  }
  const pointer = error.instancePath;
  const received = kindOf(valueAt(body, pointer));
  if (error.keyword === 'type') {
    const types = all
      .filter((other) => other.keyword === 'type' && other.instancePath === pointer)
      .map((other) => String(other.params.type));
    return { pointer, rule: 'type', expected: `must be ${[...new Set(types)].join(' or ')}`, received };
  }
  return {
    pointer,
    rule: error.keyword,
    expected: error.message ?? `must satisfy ${error.keyword}`,
    received,
  };
}

/** A type error of one anyOf/oneOf branch at a pointer where another branch went deeper (`X | null`). */
function isShadowedBranch(error: SchemaError, specific: readonly SchemaError[]): boolean {
  if (error.keyword !== 'type') return false;
  return specific.some(
    (other) =>
      other.instancePath.startsWith(`${error.instancePath}/`) ||
      (other.keyword === 'required' && other.instancePath === error.instancePath),
  );
}

function depth(error: SchemaError): number {
  const extra = error.keyword === 'required' ? 1 : 0;
  return error.instancePath.split('/').length + extra;
}

/** The value at an RFC 6901 pointer, or undefined. */
export function valueAt(body: unknown, pointer: string): unknown {
  if (pointer === '') return body;
  let node = body;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The JSON kind of a value: `string`, `number`, `boolean`, `null`, `array`, `object`, or `missing`. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
