// Builds, from a spec and its generated operation metadata, a TypeScript source with one call per line: for every
// operation a correct call (every required parameter, a sampled body), then the same call with one property the
// spec does not declare added to each position the operation has (path, query, header, body). Nothing here names
// an operation: a new one upstream gets its lines after `npm run generate`.
import { buildRequest } from '../../support/operation-request.ts';
import type { OperationRequest } from '../../support/operation-request.ts';
import { objectPropertyNames } from '../../support/live-operations.ts';
import type { SchemaValidator } from '../../support/schema-validator.ts';
import { isObject, locate, parametersOf, pointerTo } from '../../support/spec.ts';
import type { OpenApiDocument } from '../../support/spec.ts';

export type Position = 'path' | 'query' | 'header' | 'body';
const PARAMETER_POSITIONS = ['path', 'query', 'header'] as const;

export interface CallOperation {
  readonly method: string;
  readonly path: string;
  readonly paginated: boolean;
}

export interface SnippetCall {
  line: number;
  /** `GET /things`, with the surface (`client.GET`, `client.withResponse.GET`, …) that was called. */
  operation: string;
  surface: string;
  /** Undefined for the correct call. */
  position?: Position;
  /** The property the spec does not declare, added to `position`. */
  unknownProperty?: string;
  /** False when the spec itself lets the position take any property (additionalProperties): it must compile. */
  closed?: boolean;
}

export interface MisspeltCallsSnippet {
  source: string;
  calls: SnippetCall[];
}

export interface SnippetTarget {
  /** Imports and the `client` constant. */
  header: readonly string[];
  /** The call expressions to try for an operation: `client.GET`, `client.withResponse.GET`, … */
  surfaces(operation: CallOperation): string[];
}

interface PositionSpec {
  position: Position;
  /** The names the spec declares there (an unknown property must be none of them). */
  names: string[];
  closed: boolean;
}

/** A misspelling of the first declared name (its last letter dropped), or a made-up name, never a declared one. */
export function unknownPropertyName(names: readonly string[]): string {
  const [first = 'property'] = names;
  for (const candidate of [first.slice(0, -1), `${first}_`, `${first}_unknown`]) {
    if (candidate.length > 0 && !names.includes(candidate)) return candidate;
  }
  throw new Error(`no unknown name next to ${names.join(', ')}`);
}

/** True when the schema lets an object take properties it does not name (additionalProperties, patternProperties). */
function acceptsAnyProperty(spec: OpenApiDocument, pointer: string): boolean {
  const { pointer: at, node } = locate(spec, pointer);
  if (node.additionalProperties === true || isObject(node.additionalProperties)) return true;
  if (isObject(node.patternProperties)) return true;
  return ['anyOf', 'oneOf', 'allOf'].some((keyword) => {
    const branches = node[keyword];
    return (
      Array.isArray(branches) &&
      branches.some((_, index) => acceptsAnyProperty(spec, pointerTo(at, keyword, index)))
    );
  });
}

function positionsOf(
  spec: OpenApiDocument,
  operation: CallOperation,
  request: OperationRequest,
): PositionSpec[] {
  const parameters = parametersOf(spec, operation.path, operation.method);
  const positions: PositionSpec[] = PARAMETER_POSITIONS.flatMap((position) => {
    const names = parameters.filter((parameter) => parameter.in === position).map(({ name }) => name);
    return names.length === 0 ? [] : [{ position, names, closed: true }];
  });
  // Only an object body can take a property; an array or scalar body has no position to misspell.
  if (request.bodySchema !== undefined && isObject(request.body)) {
    positions.push({
      position: 'body',
      names: objectPropertyNames(spec, request.bodySchema),
      closed: !acceptsAnyProperty(spec, request.bodySchema),
    });
  }
  return positions;
}

/** The init a correct call passes: only the parameter positions the operation has (none is typed `never`). */
function correctInit(positions: readonly PositionSpec[], request: OperationRequest): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const { position } of positions) if (position !== 'body') params[position] = request[position];
  const init: Record<string, unknown> = {};
  if (Object.keys(params).length > 0) init.params = params;
  if (request.body !== undefined) init.body = request.body;
  return init;
}

/** The correct init with `property` added to one position's object. */
function initWithUnknown(
  init: Record<string, unknown>,
  position: Position,
  property: string,
): Record<string, unknown> {
  const params = (init.params ?? {}) as Record<string, Record<string, unknown>>;
  if (position === 'body') return { ...init, body: { ...(init.body as object), [property]: 'x' } };
  return { ...init, params: { ...params, [position]: { ...params[position], [property]: 'x' } } };
}

/** A value as TypeScript source: object keys bare where they are identifiers, as a developer writes them. */
function render(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (!isObject(value)) return JSON.stringify(value);
  const entries = Object.entries(value).map(
    ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${render(item)}`,
  );
  return `{ ${entries.join(', ')} }`;
}

export const renderInit = (init: Record<string, unknown>) =>
  Object.keys(init).length === 0 ? '' : `, ${render(init)}`;

/** The init of a correct call of the operation: every required parameter and a sampled body. */
export function correctCallInit(
  spec: OpenApiDocument,
  validator: SchemaValidator,
  operation: CallOperation,
): Record<string, unknown> {
  const request = buildRequest(spec, validator, operation);
  return correctInit(positionsOf(spec, operation, request), request);
}

export function misspeltCallsSnippet(
  target: SnippetTarget,
  spec: OpenApiDocument,
  validator: SchemaValidator,
  operations: readonly CallOperation[],
): MisspeltCallsSnippet {
  const lines = [...target.header];
  const calls: SnippetCall[] = [];
  for (const operation of operations) {
    const request = buildRequest(spec, validator, operation);
    const positions = positionsOf(spec, operation, request);
    const init = correctInit(positions, request);
    const name = `${operation.method} ${operation.path}`;
    for (const surface of target.surfaces(operation)) {
      const call = (argument: Record<string, unknown>) =>
        `void ${surface}(${JSON.stringify(operation.path)}${renderInit(argument)});`;
      lines.push(call(init));
      calls.push({ line: lines.length, operation: name, surface });
      for (const { position, names, closed } of positions) {
        const unknownProperty = unknownPropertyName(names);
        lines.push(call(initWithUnknown(init, position, unknownProperty)));
        calls.push({ line: lines.length, operation: name, surface, position, unknownProperty, closed });
      }
    }
  }
  return { source: `${lines.join('\n')}\n`, calls };
}
