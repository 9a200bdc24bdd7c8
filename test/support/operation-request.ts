// Builds a valid request for one operation, straight from the spec: every required parameter, page/page_size
// where the operation pages (so listings read naturally), and a sampled body that Ajv has checked.
import { SchemaSampler } from './sample.ts';
import type { SchemaValidator } from './schema-validator.ts';
import { locate, parametersOf, requestBodySchema } from './spec.ts';
import type { OpenApiDocument } from './spec.ts';

export interface OperationRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, string>;
  /** Pointer to the JSON body schema, when the operation declares one. */
  bodySchema: string | undefined;
  body: unknown;
}

/** What the facade and openapi-fetch take as their second argument. */
export interface CallInit {
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, string> };
  body?: unknown;
  headers?: Record<string, string>;
}

const READABLE_QUERY = new Set(['page', 'page_size']);

export function buildRequest(
  spec: OpenApiDocument,
  validator: SchemaValidator,
  operation: { method: string; path: string },
): OperationRequest {
  // A fresh sampler per operation: the same operation always gets the same UUIDs, whatever runs before it.
  const sampler = new SchemaSampler(spec, validator);
  const request: OperationRequest = {
    path: {},
    query: {},
    header: {},
    bodySchema: undefined,
    body: undefined,
  };
  for (const parameter of parametersOf(spec, operation.path, operation.method)) {
    const readable = parameter.in === 'query' && READABLE_QUERY.has(parameter.name);
    if (!parameter.required && !readable) continue;
    const fallback = locate(spec, parameter.schema).node.default;
    const value = readable && fallback !== undefined ? fallback : sampler.sample(parameter.schema);
    if (parameter.in === 'path') request.path[parameter.name] = value;
    else if (parameter.in === 'query') request.query[parameter.name] = value;
    else if (parameter.in === 'header') request.header[parameter.name] = headerValue(value);
    // Cookies: the facade has no cookie parameters (browsers own them), so required cookies are unsupported.
    else
      throw new Error(
        `${operation.method} ${operation.path}: required ${parameter.in} parameter ${parameter.name}`,
      );
  }
  request.bodySchema = requestBodySchema(spec, operation.path, operation.method);
  if (request.bodySchema !== undefined) request.body = sampler.sample(request.bodySchema);
  return request;
}

export function callInit(request: OperationRequest, extraHeaders?: Record<string, string>): CallInit {
  const init: CallInit = { params: { path: request.path, query: request.query, header: request.header } };
  if (request.body !== undefined) init.body = request.body;
  if (extraHeaders) init.headers = extraHeaders;
  return init;
}

/** OpenAPI's default header style (simple): arrays comma-joined, scalars as text. */
function headerValue(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}
