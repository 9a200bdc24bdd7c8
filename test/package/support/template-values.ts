// The operations the consumer templates call, picked from today's generated metadata by what they are, and the
// request bodies the spec sampler builds for them: the consumer's code names today's paths only through these
// placeholders (`__BODY_PATH__` …), so an upstream update needs no template edit.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveOperations } from '../../support/live-metadata.ts';
import { findOperation, needsNoParameters } from '../../support/live-operations.ts';
import type { LiveOperation } from '../../support/live-operations.ts';
import { buildRequest } from '../../support/operation-request.ts';
import { createSchemaValidator } from '../../support/schema-validator.ts';
import { isObject, loadSpec, locate, parametersOf, requestBodySchema } from '../../support/spec.ts';
import type { OpenApiDocument } from '../../support/spec.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface TemplateOperations {
  values: Record<string, string>;
  /** The JSON body the POST sends and the operations whose data the run returns, to check against the spec. */
  body: LiveOperation;
  open: LiveOperation;
}

/** A JSON body whose schema is one plain object (not a union) with required properties. */
function plainBodyFields(spec: OpenApiDocument, operation: LiveOperation): string[] {
  const pointer = requestBodySchema(spec, operation.path, operation.method);
  if (pointer === undefined) return [];
  const { node } = locate(spec, pointer);
  const union = 'oneOf' in node || 'anyOf' in node || 'allOf' in node;
  return !union && isObject(node.properties) && Array.isArray(node.required)
    ? (node.required as string[])
    : [];
}

function pick(spec: OpenApiDocument) {
  const simple = (operation: LiveOperation) => needsNoParameters(spec, operation);
  const pathParameters = (operation: LiveOperation) =>
    parametersOf(spec, operation.path, operation.method).filter((parameter) => parameter.required);
  const body = findOperation(
    liveOperations,
    'a POST with a plain required JSON body, callable with the API key',
    (o) =>
      o.method === 'POST' &&
      o.requestBody === 'required' &&
      simple(o) &&
      o.security.length > 0 &&
      plainBodyFields(spec, o).some((field) => field.length > 1),
  );
  const open = findOperation(
    liveOperations,
    'a public GET without required parameters',
    (o) => o.method === 'GET' && o.security.length === 0 && simple(o),
  );
  const secured = findOperation(
    liveOperations,
    'a secured GET without required parameters',
    (o) => o.method === 'GET' && o.security.length > 0 && simple(o),
  );
  const paged = findOperation(
    liveOperations,
    'a paginated GET without other required parameters',
    (o) => o.method === 'GET' && o.paginated && simple(o),
  );
  const detail = findOperation(
    liveOperations,
    'a GET whose only required parameter is one path parameter',
    (o) => {
      const required = pathParameters(o);
      return o.method === 'GET' && required.length === 1 && required[0]?.in === 'path';
    },
  );
  const noPatch = liveOperations.find(
    (o) => !liveOperations.some((other) => other.path === o.path && other.method === 'PATCH'),
  );
  if (noPatch === undefined) throw new Error('every path of generated/operations.ts has a PATCH');
  return {
    body,
    open,
    secured,
    paged,
    detail,
    noPatch,
    detailParameter: pathParameters(detail)[0]?.name ?? '',
  };
}

export async function templateOperations(): Promise<TemplateOperations> {
  const spec = await loadSpec(join(REPO_ROOT, 'generated/openapi.fixed.json'));
  const picked = pick(spec);
  const sampled = buildRequest(spec, createSchemaValidator(spec), picked.body).body as Record<
    string,
    unknown
  >;
  // A required field misspelt (its last letter dropped): TypeScript rejects the unknown property.
  const required = plainBodyFields(spec, picked.body).find((field) => field.length > 1) ?? '';
  const wrong = Object.fromEntries(
    Object.entries(sampled).map(([name, value]) => [name === required ? name.slice(0, -1) : name, value]),
  );
  const values = {
    __BODY_PATH__: picked.body.path,
    __BODY__: JSON.stringify(sampled),
    __WRONG_BODY__: JSON.stringify(wrong),
    __OPEN_PATH__: picked.open.path,
    __SECURED_PATH__: picked.secured.path,
    __PAGED_PATH__: picked.paged.path,
    __DETAIL_PATH__: picked.detail.path,
    __DETAIL_PARAMETER__: picked.detailParameter,
    __NO_PATCH_PATH__: picked.noPatch.path,
  };
  return { values, body: picked.body, open: picked.open };
}

/** Fills every `__NAME__` placeholder; one left unfilled is a template mistake. */
export function fillTemplate(text: string, values: Record<string, string>, name: string): string {
  const filled = text.replace(/__[A-Z_]+__/g, (placeholder) => {
    const value = values[placeholder];
    if (value === undefined) throw new Error(`${name}: unknown placeholder ${placeholder}`);
    return value;
  });
  return filled;
}
