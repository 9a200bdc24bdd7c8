// What the session mock reads out of an OpenAPI document (src/mock/spec-reader.ts), on small documents made here:
// operations and their security kinds, parameters, success status, body properties and data schema, $refs
// followed (escapes, cycles) and junk tolerated.
import { describe, expect, it } from 'vitest';
import { objectAt, propertiesOf, readOperations, resolve } from '../../src/mock/spec-reader.ts';

type Json = Record<string, unknown>;

const CALL = { type: 'object', properties: { id: { type: 'string' }, state: { type: 'string' } } };
const COMPONENTS = {
  securitySchemes: {
    key: { type: 'apiKey', in: 'header', name: 'X-Key' },
    bearer: { type: 'http', scheme: 'Bearer' },
  },
  schemas: { Call: CALL, 'a/b': { type: 'integer' }, 'c~d': { type: 'boolean' } },
  parameters: { CallId: { in: 'path', name: 'call_id', schema: { type: 'string' } } },
};

const jsonContent = (media: Json) => ({ content: { 'application/json': media } });
const envelope = (data: unknown) => ({ type: 'object', properties: { data } });

/** The one operation read from a document holding just it (with COMPONENTS and any top-level extras). */
function readOne(operation: Json, top: Json = {}) {
  const post = { responses: {}, ...operation };
  const operations = readOperations({
    paths: { '/calls': { post } },
    components: COMPONENTS,
    ...top,
  });
  expect(operations).toHaveLength(1);
  return operations[0];
}
const dataOf = (data: unknown) =>
  readOne({ responses: { 200: jsonContent({ schema: envelope(data) }) } })?.dataSchema;

describe('operations', () => {
  it('reads each method a path has, upper-cased, with its operationId or an empty one', () => {
    const spec = {
      paths: {
        '/a': {
          summary: 'shared',
          get: { operationId: 'readA' },
          post: {},
          delete: { operationId: 'dropA' },
        },
        '/b': { patch: { responses: {} } },
      },
    };
    expect(readOperations(spec).map((op) => [op.method, op.path, op.operationId])).toEqual([
      ['GET', '/a', 'readA'],
      ['DELETE', '/a', 'dropA'],
      ['PATCH', '/b', ''],
    ]);
  });

  it('tolerates null and non-object entries', () => {
    expect(readOperations({ paths: { '/a': null, '/b': { get: null, post: [1] } } })).toEqual([]);
    for (const junk of [null, [1], 'text', 3, undefined]) expect(objectAt(junk)).toEqual({});
  });

  it('reads security as scheme kinds per alternative, the document-wide requirement applying by default', () => {
    const top = { security: [{ key: [] }] };
    expect(readOne({}, top)?.security).toEqual([['apiKey']]);
    expect(readOne({ security: [{ bearer: [] }, { key: [], bearer: [] }] }, top)?.security).toEqual([
      ['bearer'],
      ['apiKey', 'bearer'],
    ]);
    expect(readOne({ security: [] }, top)?.security).toEqual([]);
    expect(readOne({})?.security).toEqual([]);
  });

  it('splits query and path parameters, following $refs', () => {
    const op = readOne({
      parameters: [
        { in: 'query', name: 'kind', schema: { $ref: '#/components/schemas/a~1b' } },
        { $ref: '#/components/parameters/CallId' },
        { in: 'header', name: 'X-Trace', schema: { type: 'string' } },
      ],
    });
    expect(op?.queryParameters).toEqual({ kind: { type: 'integer' } });
    expect(op?.pathParameters).toEqual(['call_id']);
  });
});

describe('success response', () => {
  it('takes the first 2xx response, its data schema and its first example', () => {
    const op = readOne({
      responses: {
        400: jsonContent({ schema: envelope({ type: 'string' }) }),
        201: jsonContent({
          schema: envelope({ $ref: '#/components/schemas/Call' }),
          examples: { first: { value: { data: { id: 'c-1' } } }, second: { value: { data: { id: 'c-2' } } } },
        }),
      },
    });
    expect(op).toMatchObject({ successStatus: 201, dataSchema: CALL, exampleData: { id: 'c-1' } });
  });

  it('falls back to the single example', () => {
    const op = readOne({
      responses: { 200: jsonContent({ schema: envelope(CALL), example: { data: { id: 'c' } } }) },
    });
    expect(op?.exampleData).toEqual({ id: 'c' });
  });

  it('counts only a three-digit 2xx code as a success, 200 otherwise', () => {
    for (const code of ['1201', '2000', '404', 'default']) {
      const op = readOne({ responses: { [code]: jsonContent({ schema: envelope(CALL) }) } });
      expect(op).toMatchObject({ successStatus: 200, dataSchema: undefined });
    }
  });

  it('reads data that is always null as no data schema', () => {
    expect(dataOf({ type: 'null' })).toBeUndefined();
    expect(dataOf({ title: 'Data', description: 'FastAPI None', default: null })).toBeUndefined();
    expect(dataOf(undefined)).toBeUndefined();
    expect(dataOf({ anyOf: [{ type: 'null' }] })).toBeUndefined();
  });

  it('keeps data with a shape, dropping the null branch', () => {
    const titled = { title: 'Data', ...CALL };
    expect(dataOf(titled)).toEqual(titled);
    expect(dataOf({ anyOf: [{ type: 'null' }, { $ref: '#/components/schemas/Call' }] })).toEqual(CALL);
  });
});

describe('request body properties', () => {
  const bodyOf = (schema: Json) => readOne({ requestBody: jsonContent({ schema }) })?.bodyProperties;

  it('reads the properties of the body schema, following $refs', () => {
    const schema = { type: 'object', properties: { call: { $ref: '#/components/schemas/Call' } } };
    expect(bodyOf(schema)).toEqual({ call: CALL });
    expect(readOne({})?.bodyProperties).toEqual({});
  });

  it('reads the first object branch of a oneOf or anyOf', () => {
    const branches = [
      { type: 'string' },
      { type: 'object', properties: {} },
      { $ref: '#/components/schemas/Call' },
    ];
    expect(bodyOf({ oneOf: branches })).toEqual(CALL.properties);
    expect(bodyOf({ anyOf: branches })).toEqual(CALL.properties);
    expect(propertiesOf({}, { oneOf: [{ type: 'string' }] })).toEqual({});
  });
});

describe('$ref resolution', () => {
  const spec = { components: COMPONENTS };

  it('decodes ~1 and ~0 and applies keywords beside the $ref', () => {
    expect(resolve(spec, { $ref: '#/components/schemas/a~1b' })).toEqual({ type: 'integer' });
    expect(resolve(spec, { $ref: '#/components/schemas/c~0d', description: 'flag' })).toEqual({
      type: 'boolean',
      description: 'flag',
    });
  });

  it('leaves references outside the document as they are', () => {
    const external = { $ref: 'other.json#/components/schemas/Call' };
    expect(resolve(spec, external)).toEqual(external);
  });

  it('follows a chain of 33 $refs (its depth limit) and stops on a cycle', () => {
    const schemas: Json = { L32: { type: 'string' } };
    for (let i = 0; i < 32; i++) schemas[`L${i}`] = { $ref: `#/components/schemas/L${i + 1}` };
    expect(resolve({ components: { schemas } }, { $ref: '#/components/schemas/L0' })).toEqual({
      type: 'string',
    });

    const loop = { $ref: '#/components/schemas/Loop' };
    expect(resolve({ components: { schemas: { Loop: loop } } }, loop)).toEqual(loop);
  });
});
