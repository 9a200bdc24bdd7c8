// The operations the "new operation" drift scenarios add: shaped like upstream's (FastAPI's envelope and its 422),
// with the envelope's `code` and `message` copied from an operation the document already has.
import { isObject, resolveNode } from '../../scripts/spec-update/resolve-schema.ts';
import type { DriftDocument, JsonObject } from './spec-queries.ts';

export const NEW_PATH_PREFIX = '/v1/drift-check';

/** `code` and `message` as an existing envelope declares them, so a new operation looks like its neighbours. */
function envelopeFields(drift: DriftDocument): { code: unknown; message: unknown } {
  for (const operation of drift.operations().filter((candidate) => candidate.envelope)) {
    const response = resolveNode(
      drift.document,
      (drift.raw(operation).responses as JsonObject)[String(operation.successStatuses[0])],
    );
    const content = response.node.content as JsonObject;
    const schema = resolveNode(drift.document, (content['application/json'] as JsonObject).schema).node;
    const properties = schema.properties as JsonObject;
    return { code: structuredClone(properties.code), message: structuredClone(properties.message) };
  }
  return { code: { type: 'integer', title: 'Code' }, message: { type: 'string', title: 'Message' } };
}

/** The validation-error response (422) some existing operation declares, to copy; undefined when none does. */
function validationResponse(drift: DriftDocument): unknown {
  for (const operation of drift.operations()) {
    const responses = drift.raw(operation).responses;
    if (isObject(responses) && responses['422'] !== undefined) return structuredClone(responses['422']);
  }
  return undefined;
}

function envelopeResponse(drift: DriftDocument, title: string, data: unknown): JsonObject {
  const { code, message } = envelopeFields(drift);
  return {
    description: 'Successful Response',
    content: {
      'application/json': { schema: { type: 'object', title, properties: { code, data, message } } },
    },
  };
}

function addSchema(drift: DriftDocument, name: string, schema: JsonObject): string {
  const components = (drift.document.components ??= {}) as JsonObject;
  const schemas = (components.schemas ??= {}) as JsonObject;
  if (name in schemas) throw new Error(`the current openapi.json already has a schema named ${name}`);
  schemas[name] = schema;
  return `#/components/schemas/${name}`;
}

function addPath(drift: DriftDocument, path: string, item: JsonObject): void {
  const paths = drift.document.paths as JsonObject;
  if (path in paths) throw new Error(`the current openapi.json already has ${path}`);
  paths[path] = item;
}

/** GET …/public-items without any security: a list in the envelope. */
export function addPublicListOperation(drift: DriftDocument): { key: string; summary: string } {
  const path = `${NEW_PATH_PREFIX}/public-items`;
  const item = addSchema(drift, 'DriftCheckPublicItem', {
    type: 'object',
    title: 'DriftCheckPublicItem',
    required: ['id', 'label'],
    properties: {
      id: { type: 'string', format: 'uuid', title: 'Id' },
      label: { type: 'string', title: 'Label' },
    },
  });
  const summary = 'List Drift Check Public Items';
  addPath(drift, path, {
    get: {
      tags: ['Drift Check'],
      summary,
      operationId: 'list_drift_check_public_items',
      security: [],
      responses: {
        '200': envelopeResponse(drift, 'Response[List[DriftCheckPublicItem]]', {
          type: 'array',
          items: { $ref: item },
        }),
      },
    },
  });
  return { key: `GET ${path}`, summary };
}

/** POST …/items with the API key, a required body and the usual 422. */
export function addApiKeyCreateOperation(
  drift: DriftDocument,
  apiKeyScheme: string,
): { key: string; summary: string } {
  const path = `${NEW_PATH_PREFIX}/items`;
  const request = addSchema(drift, 'DriftCheckItemRequest', {
    type: 'object',
    title: 'DriftCheckItemRequest',
    required: ['name'],
    properties: {
      name: { type: 'string', title: 'Name', minLength: 1 },
      kind: { type: 'string', title: 'Kind', enum: ['ALPHA', 'BETA'], default: 'ALPHA' },
    },
  });
  const created = addSchema(drift, 'DriftCheckItem', {
    type: 'object',
    title: 'DriftCheckItem',
    required: ['id', 'name'],
    properties: {
      id: { type: 'string', format: 'uuid', title: 'Id' },
      name: { type: 'string', title: 'Name' },
    },
  });
  const summary = 'Create Drift Check Item';
  const invalid = validationResponse(drift);
  addPath(drift, path, {
    post: {
      tags: ['Drift Check'],
      summary,
      operationId: 'create_drift_check_item',
      security: [{ [apiKeyScheme]: [] }],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: request } } } },
      responses: {
        '200': envelopeResponse(drift, 'Response[DriftCheckItem]', { $ref: created }),
        ...(invalid === undefined ? {} : { '422': invalid }),
      },
    },
  });
  return { key: `POST ${path}`, summary };
}
