// Checks one captured answer against the fixed spec: its status is one the operation declares, its body is JSON
// where JSON is declared, and the body matches the declared schema (Ajv, JSON Schema 2020-12, every error).
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ResponseViolation } from '../../src/response-validation-error.ts';
import { allViolations } from '../../src/schema-errors.ts';
import { resolvePointer } from '../pipeline/json-pointer.ts';
import { responseJsonSchemas } from '../pipeline/response-schemas.ts';
import { undocumentedFields } from './undocumented.ts';

type Json = Record<string, unknown>;

const SPEC_ID = 'urn:liveavatar:live-check';

export interface CapturedResponse {
  status: number;
  contentType: string | null;
  text: string;
}

export interface ResponseCheck {
  violations: ResponseViolation[];
  undocumented: string[];
  /** The parsed body (undefined when it was not JSON), for ids and previews. */
  body: unknown;
}

export interface ResponseChecker {
  check(operation: { key: string; path: string; method: string }, response: CapturedResponse): ResponseCheck;
}

export function createResponseChecker(spec: Json): ResponseChecker {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec, paths: {} }, SPEC_ID);
  const validators = new Map<string, ValidateFunction>();
  for (const { operation, status, schema } of responseJsonSchemas(spec, SPEC_ID)) {
    validators.set(`${operation} ${status}`, ajv.compile({ allOf: [schema] }));
  }
  return {
    check(operation, response) {
      const declared = declaredStatus(spec, operation, response.status);
      if (declared === undefined) {
        const statuses = Object.keys(responsesOf(spec, operation)).join(', ');
        return {
          violations: [
            {
              pointer: '',
              rule: 'status',
              expected: `a declared status (${statuses})`,
              received: `HTTP ${response.status}`,
            },
          ],
          undocumented: [],
          body: parseJson(response.text),
        };
      }
      const validate = validators.get(`${operation.key} ${declared}`);
      const body = parseJson(response.text);
      if (validate === undefined) return { violations: [], undocumented: [], body };
      if (body === undefined) {
        const received =
          response.text === ''
            ? 'an empty body'
            : `a ${response.contentType ?? 'untyped'} body that is not JSON`;
        return {
          violations: [{ pointer: '', rule: 'json', expected: 'must be a JSON body', received }],
          undocumented: [],
          body,
        };
      }
      const violations = validate(body) ? [] : allViolations(validate.errors ?? [], body);
      const undocumented = undocumentedFields(spec, jsonSchemaOf(spec, operation, declared), body);
      const other = otherShape(body, undocumented);
      if (other === undefined) return { violations, undocumented, body };
      return { violations: [other, ...violations], undocumented: [], body };
    },
  };
}

/**
 * A body none of whose fields the schema documents is another shape, not an extension (an error envelope
 * `{code, data, message}` where FastAPI's `{detail}` is declared, whose fields are all optional): a violation.
 */
function otherShape(body: unknown, undocumented: string[]): ResponseViolation | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const fields = Object.keys(body);
  const topLevel = new Set(undocumented.filter((pointer) => pointer.lastIndexOf('/') === 0));
  if (fields.length === 0 || topLevel.size !== fields.length) return undefined;
  return {
    pointer: '',
    rule: 'shape',
    expected: 'must have the fields the spec declares',
    received: `only undocumented fields (${fields.join(', ')})`,
  };
}

/** The response key the status falls under: itself, its range (`4XX`) or `default`; undefined when none. */
function declaredStatus(
  spec: Json,
  operation: { path: string; method: string },
  status: number,
): string | undefined {
  const responses = responsesOf(spec, operation);
  return [String(status), `${String(status)[0] ?? ''}XX`, 'default'].find((key) => key in responses);
}

function responsesOf(spec: Json, operation: { path: string; method: string }): Json {
  const item = resolvePointer(
    spec,
    `#/paths/${operation.path.replaceAll('~', '~0').replaceAll('/', '~1')}`,
  ) as Json;
  return ((item[operation.method.toLowerCase()] as Json | undefined)?.responses ?? {}) as Json;
}

function jsonSchemaOf(spec: Json, operation: { path: string; method: string }, status: string): unknown {
  let response = responsesOf(spec, operation)[status] as Json;
  if (typeof response.$ref === 'string') response = resolvePointer(spec, response.$ref) as Json;
  return ((response.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
