// The JSON body schema of every response an operation declares, found the same way for the validators that
// `generate` compiles (success responses) and for `npm run spec:check-live` (every status).
import { deref } from './json-pointer.ts';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface ResponseSchema {
  /** `GET /v1/avatars`: the operation key of the generated metadata. */
  operation: string;
  /** The status as the spec writes it: `200`, `422`, `4XX` or `default`. */
  status: string;
  /** The body schema, its `$ref`s pointing into the document registered under `specId`. */
  schema: unknown;
}

/** Every declared response with an `application/json` body schema, in document order. */
export function responseJsonSchemas(spec: Json, specId: string): ResponseSchema[] {
  const found: ResponseSchema[] = [];
  for (const [path, rawItem] of Object.entries((spec.paths ?? {}) as Json)) {
    const item = deref(spec, rawItem);
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      for (const [status, rawResponse] of Object.entries((operation.responses ?? {}) as Json)) {
        const content = (deref(spec, rawResponse).content ?? {}) as Record<string, Json | undefined>;
        const schema = content['application/json']?.schema;
        if (schema === undefined) continue;
        found.push({
          operation: `${method.toUpperCase()} ${path}`,
          status,
          schema: absoluteRefs(schema, specId),
        });
      }
    }
  }
  return found;
}

/** The success (2xx) ones: what a call resolves to, and what `liveavatar-client/validate` checks. */
export function successJsonSchemas(spec: Json, specId: string): ResponseSchema[] {
  return responseJsonSchemas(spec, specId).filter(({ status }) => /^2\d\d$/.test(status));
}

/** A copy whose local `$ref`s (`#/components/…`) name the registered document, so the schema stands alone. */
function absoluteRefs(schema: unknown, specId: string): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#', `"$ref":"${specId}#`)) as unknown;
}
