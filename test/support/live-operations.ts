// Picking operations of today's spec by what they are (public, callable with a session token, …) rather than by
// path: tests of the live spec must keep working when upstream adds, removes or changes operations.
import { isObject, locate, parametersOf, pointerTo, responseSchema } from './spec.ts';
import type { OpenApiDocument } from './spec.ts';

export interface LiveOperation {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly security: readonly (readonly string[])[];
  readonly successStatuses: readonly number[];
  readonly requestBody: 'required' | 'optional' | 'none';
  readonly json: boolean;
  readonly envelope: boolean;
  readonly paginated: boolean;
}

export interface SchemeSpec {
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
  readonly scheme?: string;
}

/** The first operation matching `predicate`, or an error saying what the test needed and did not find. */
export function findOperation<Operation extends LiveOperation>(
  operations: readonly Operation[],
  description: string,
  predicate: (operation: Operation) => boolean,
): Operation {
  const found = operations.find(predicate);
  if (found === undefined) throw new Error(`no operation in generated/operations.ts is ${description}`);
  return found;
}

/** Names of the schemes of one kind: `apiKey` or `bearer` (an http bearer scheme). */
export function schemeNames(
  schemes: Readonly<Record<string, SchemeSpec>>,
  kind: 'apiKey' | 'bearer',
): Set<string> {
  const matches = (scheme: SchemeSpec) =>
    kind === 'apiKey' ? scheme.type === 'apiKey' : scheme.type === 'http' && scheme.scheme === 'bearer';
  return new Set(Object.keys(schemes).filter((name) => matches(schemes[name] as SchemeSpec)));
}

/** One of the operation's security alternatives needs only schemes from `names`. */
export function callableWith(operation: LiveOperation, names: ReadonlySet<string>): boolean {
  return operation.security.some(
    (alternative) => alternative.length > 0 && alternative.every((name) => names.has(name)),
  );
}

/** No path, query or header parameter is required. */
export function needsNoParameters(spec: OpenApiDocument, operation: LiveOperation): boolean {
  return parametersOf(spec, operation.path, operation.method).every((parameter) => !parameter.required);
}

/** Pointer to the schema of the success response's envelope `data`, or undefined. */
export function successDataSchema(spec: OpenApiDocument, operation: LiveOperation): string | undefined {
  const status = operation.successStatuses[0];
  if (status === undefined || !operation.envelope) return undefined;
  const body = responseSchema(spec, operation.path, operation.method, status);
  return body === undefined ? undefined : pointerTo(locate(spec, body).pointer, 'properties', 'data');
}

/** Property names of an object schema, through a nullable anyOf/oneOf (`X | null`) and allOf. */
export function objectPropertyNames(spec: OpenApiDocument, pointer: string): string[] {
  const { pointer: at, node } = locate(spec, pointer);
  const names = isObject(node.properties) ? Object.keys(node.properties) : [];
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = node[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((_, index) => names.push(...objectPropertyNames(spec, pointerTo(at, keyword, index))));
  }
  return [...new Set(names)];
}

/**
 * The value a static mock (Prism without `--dynamic`) sends for a field: an example on the media type wins,
 * then the field schema's const, examples, example and default. Undefined when the spec declares none.
 */
export function declaredValue(
  spec: OpenApiDocument,
  operation: LiveOperation,
  status: number,
  field: string,
): unknown {
  const responses = pointerTo('#/paths', operation.path, operation.method.toLowerCase(), 'responses');
  const media = locate(spec, pointerTo(responses, status, 'content', 'application/json')).node;
  const mediaExample = firstMediaExample(spec, media);
  if (isObject(mediaExample) && field in mediaExample) return mediaExample[field];
  const body = responseSchema(spec, operation.path, operation.method, status);
  if (body === undefined) return undefined;
  const schema = locate(spec, pointerTo(locate(spec, body).pointer, 'properties', field)).node;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return 'example' in schema ? schema.example : schema.default;
}

function firstMediaExample(spec: OpenApiDocument, media: Record<string, unknown>): unknown {
  if ('example' in media) return media.example;
  if (!isObject(media.examples)) return undefined;
  const [first] = Object.values(media.examples);
  if (!isObject(first)) return undefined;
  const example = typeof first.$ref === 'string' ? locate(spec, first.$ref).node : first;
  return example.value;
}
