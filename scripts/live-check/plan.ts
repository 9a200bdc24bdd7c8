// Which operations the live check calls, chosen by what they are: GET operations whose required parameters it
// can fill. A path parameter is filled from the answer of the list operation one level up (`GET /v1/x` for
// `GET /v1/x/{id}`), a required query parameter with the spec's own default or first enum member; nothing is
// invented, so any other required parameter leaves the operation reported as not called, with the reason.
import { deref } from '../pipeline/json-pointer.ts';
import type { OperationMetadata } from '../pipeline/operations.ts';

type Json = Record<string, unknown>;

export interface PlannedCall {
  operation: OperationMetadata;
  /** For each path parameter, in path order: its name and the path template of the list that answers it. */
  pathParams: { name: string; listPath: string }[];
  /** Required query parameters, each with the spec's own value for it (its default, else its first enum member). */
  query: Record<string, string>;
}

export interface SkippedOperation {
  operation: string;
  reason: string;
}

export interface CallPlan {
  /** In call order: lists before the operations that need their ids. */
  calls: PlannedCall[];
  skipped: SkippedOperation[];
}

export function planCalls(spec: Json, operations: readonly OperationMetadata[]): CallPlan {
  const calls: PlannedCall[] = [];
  const skipped: SkippedOperation[] = [];
  const gets = new Set(operations.filter((operation) => operation.method === 'GET').map(({ path }) => path));
  for (const operation of operations) {
    if (operation.method !== 'GET') {
      skipped.push({
        operation: operation.key,
        reason: `a write (${operation.method}): never sent without --allow-writes`,
      });
      continue;
    }
    const query = fillQuery(spec, operation);
    if (typeof query === 'string') {
      skipped.push({ operation: operation.key, reason: query });
      continue;
    }
    const pathParams = pathParameterSources(operation.path);
    const missing = pathParams.find(({ listPath }) => !gets.has(listPath));
    if (missing !== undefined) {
      skipped.push({
        operation: operation.key,
        reason: `no list operation \`GET ${missing.listPath}\` to take \`${missing.name}\` from`,
      });
      continue;
    }
    calls.push({ operation, pathParams, query });
  }
  // Fewer path parameters first, so every list has answered before an operation needs its ids.
  calls.sort((a, b) => a.pathParams.length - b.pathParams.length);
  return { calls, skipped };
}

/** The required query parameters with the spec's own values, or why one cannot be filled. */
export function fillQuery(spec: Json, operation: OperationMetadata): Record<string, string> | string {
  const required = requiredParameters(spec, operation).filter((parameter) => parameter.in !== 'path');
  const query: Record<string, string> = {};
  const unfillable = required.find((parameter) => {
    const value = specValue(spec, parameter.schema);
    if (parameter.in !== 'query' || value === undefined) return true;
    query[String(parameter.name)] = value;
    return false;
  });
  if (unfillable === undefined) return query;
  return `required ${String(unfillable.in)} parameter \`${String(unfillable.name)}\` has no value to take`;
}

/** `/v1/x/{a}/y/{b}` → a from `/v1/x`, b from `/v1/x/{a}/y`. */
function pathParameterSources(path: string): { name: string; listPath: string }[] {
  const sources: { name: string; listPath: string }[] = [];
  const segments = path.split('/');
  segments.forEach((segment, index) => {
    const match = /^\{(.+)\}$/.exec(segment);
    if (match?.[1] !== undefined)
      sources.push({ name: match[1], listPath: segments.slice(0, index).join('/') });
  });
  return sources;
}

/** A value the spec itself gives for a parameter: its default, else its first enum member (or const). */
function specValue(spec: Json, node: unknown): string | undefined {
  const schema = deref(spec, node);
  const candidates = [schema.default, schema.const, ...(Array.isArray(schema.enum) ? schema.enum : [])];
  const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((keyword) =>
    Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : [],
  );
  const found = candidates.find((value) => typeof value === 'string' || typeof value === 'number');
  if (found !== undefined) return String(found);
  for (const branch of branches) {
    const value = specValue(spec, branch);
    if (value !== undefined) return value;
  }
  return undefined;
}

function requiredParameters(spec: Json, operation: OperationMetadata): Json[] {
  const item = deref(spec, (spec.paths as Json)[operation.path]);
  const own = (deref(spec, item[operation.method.toLowerCase()]).parameters ?? []) as unknown[];
  const shared = (item.parameters ?? []) as unknown[];
  return [...shared, ...own]
    .map((parameter) => deref(spec, parameter))
    .filter((parameter) => parameter.required === true);
}
