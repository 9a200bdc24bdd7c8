// Reading an OpenAPI 3.1 document by JSON pointer: the sampler and the validator both work on pointers, so a
// schema is always checked in the context of the whole document and its $refs.
import { readFile } from 'node:fs/promises';

export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument extends JsonObject {
  paths: Record<string, JsonObject>;
}

/** A node of the document and the pointer it lives at (after following any $ref chain). */
export interface Located {
  pointer: string;
  node: JsonObject;
}

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** Pointer to the parameter's schema. */
  schema: string;
}

export async function loadSpec(file: string): Promise<OpenApiDocument> {
  const document = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (!isObject(document) || !isObject(document.paths)) throw new Error(`${file} is not an OpenAPI document`);
  return document as OpenApiDocument;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function pointerTo(base: string, ...segments: (string | number)[]): string {
  return [base, ...segments.map((s) => String(s).replaceAll('~', '~0').replaceAll('/', '~1'))].join('/');
}

/**
 * The node at a `#/…` pointer and its canonical pointer: $refs met on the way (at any segment, and at the end)
 * are followed, so `…/schema/properties/data` works when `schema` is a $ref. Local refs only: a fixed spec is
 * one self-contained document.
 */
export function locate(spec: OpenApiDocument, pointer: string): Located {
  const segments = pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
  let located = follow(spec, { pointer: '#', node: spec });
  for (const raw of segments) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const child: unknown = located.node[segment];
    if (!isObject(child) && !Array.isArray(child)) {
      throw new Error(
        `${pointer} does not point at an object in the spec (no ${segment} under ${located.pointer})`,
      );
    }
    located = follow(spec, { pointer: pointerTo(located.pointer, segment), node: child as JsonObject });
  }
  return located;
}

function follow(spec: OpenApiDocument, start: Located): Located {
  let located = start;
  for (let hops = 0; typeof located.node.$ref === 'string'; hops++) {
    const ref = located.node.$ref;
    if (!ref.startsWith('#') || hops > 32) throw new Error(`${located.pointer}: cannot follow $ref ${ref}`);
    located = locate(spec, ref);
  }
  return located;
}

export function operationPointer(path: string, method: string): string {
  return pointerTo('#/paths', path, method.toLowerCase());
}

/** Path-item and operation parameters, the operation's winning where both declare one. */
export function parametersOf(spec: OpenApiDocument, path: string, method: string): ParameterSpec[] {
  const byKey = new Map<string, ParameterSpec>();
  for (const owner of [pointerTo('#/paths', path), operationPointer(path, method)]) {
    const list = locate(spec, owner).node.parameters;
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const { pointer, node } = locate(spec, pointerTo(owner, 'parameters', index));
      const parameter = {
        name: String(node.name),
        in: node.in as ParameterSpec['in'],
        required: node.required === true,
        schema: `${pointer}/schema`,
      };
      byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    });
  }
  return [...byKey.values()];
}

/** Pointer to the application/json request body schema, if the operation takes one. */
export function requestBodySchema(spec: OpenApiDocument, path: string, method: string): string | undefined {
  const operation = locate(spec, operationPointer(path, method)).node;
  if (operation.requestBody === undefined) return undefined;
  const body = locate(spec, `${operationPointer(path, method)}/requestBody`);
  return jsonSchemaPointer(body);
}

/** Pointer to the application/json schema of the response for `status`, if it declares one. */
export function responseSchema(
  spec: OpenApiDocument,
  path: string,
  method: string,
  status: number,
): string | undefined {
  const responses = `${operationPointer(path, method)}/responses`;
  if (!isObject(locate(spec, responses).node[String(status)])) return undefined;
  return jsonSchemaPointer(locate(spec, pointerTo(responses, status)));
}

/** The non-2xx statuses the operation documents (what `Prefer: code=…` can ask Prism for). */
export function documentedErrorStatuses(spec: OpenApiDocument, path: string, method: string): number[] {
  const responses = locate(spec, `${operationPointer(path, method)}/responses`).node;
  return Object.keys(responses)
    .filter((code) => /^[45]\d\d$/.test(code))
    .map(Number);
}

function jsonSchemaPointer(owner: Located): string | undefined {
  const content = owner.node.content;
  if (!isObject(content) || !isObject(content['application/json'])) return undefined;
  return pointerTo(owner.pointer, 'content', 'application/json', 'schema');
}
