// What "the mock answers like the real API" means, checked on any response body against its schema: written by
// format and field name only, so a new upstream operation or field is held to the same promises.
import type { SchemaValidator } from './schema-validator.ts';
import { isObject, locate, pointerTo } from './spec.ts';
import type { JsonObject, Located, OpenApiDocument } from './spec.ts';

/** The only envelope code the official web SDK (@heygen/liveavatar-web-sdk, SessionAPIClient) accepts. */
export const SDK_SUCCESS_CODE = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_NAME = /(^|_)id$/;
const WEBSOCKET_URL_NAME = /(^|_)(ws|wss|websocket|socket|livekit)_url$/;
const URL_NAME = /(^|_)(url|uri|href|link)$/;
const POSITIVE_NAME = /(^|_)(duration|count|total|seconds)$/;

/** One value in a body, with the name it is stored under and the (branch of the) schema it matched. */
export interface Field {
  name: string;
  value: unknown;
  schema: JsonObject;
  /** Where in the body, e.g. `data/results/0/id`. */
  at: string;
}

/** Every value in `body` with its schema, following $refs and the anyOf/oneOf branch the value validates against. */
export function* fieldsOf(
  spec: OpenApiDocument,
  validator: SchemaValidator,
  pointer: string,
  body: unknown,
  name = '',
  at = '',
): Generator<Field> {
  const { pointer: schemaAt, node } = matchedBranch(spec, validator, pointer, body);
  yield { name, value: body, schema: node, at };
  if (Array.isArray(body) && isObject(node.items)) {
    for (const [index, item] of body.entries()) {
      yield* fieldsOf(spec, validator, pointerTo(schemaAt, 'items'), item, name, `${at}/${index}`);
    }
  } else if (isObject(body) && isObject(node.properties)) {
    for (const [key, value] of Object.entries(body)) {
      if (!(key in node.properties)) continue;
      yield* fieldsOf(spec, validator, pointerTo(schemaAt, 'properties', key), value, key, `${at}/${key}`);
    }
  }
}

/** The anyOf/oneOf branch the value validates against; for an invalid value, the first branch of its kind. */
function matchedBranch(
  spec: OpenApiDocument,
  validator: SchemaValidator,
  pointer: string,
  value: unknown,
): Located {
  let located = locate(spec, pointer);
  for (let depth = 0; depth < 16; depth++) {
    const keyword = Array.isArray(located.node.anyOf) ? 'anyOf' : 'oneOf';
    const branches = located.node[keyword];
    if (!Array.isArray(branches)) return located;
    const branchAt = (index: number) => pointerTo(located.pointer, keyword, index);
    let index = branches.findIndex((_, branch) => validator.errors(branchAt(branch), value).length === 0);
    if (index < 0)
      index = branches.findIndex((_, branch) => sameKind(locate(spec, branchAt(branch)).node, value));
    if (index < 0) return located;
    located = locate(spec, branchAt(index));
  }
  return located;
}

function sameKind(schema: JsonObject, value: unknown): boolean {
  if (value === null) return schema.type === 'null';
  if (Array.isArray(value)) return schema.type === 'array';
  if (typeof value === 'object') return schema.type === 'object' || isObject(schema.properties);
  return schema.type === typeof value || (schema.type === 'integer' && typeof value === 'number');
}

/** A string the spec leaves free (no enum, const, pattern, default or example): the mock chooses its value. */
function isFree(schema: JsonObject, allowedFormats: readonly string[] = []): boolean {
  if (schema.type !== 'string') return false;
  if (['enum', 'const', 'pattern', 'default', 'example', 'examples'].some((key) => key in schema))
    return false;
  return schema.format === undefined || allowedFormats.some((format) => format === schema.format);
}

/** Problems with one field, by the mock's promises: ids are UUIDs, URLs https:// (sockets wss://), … */
function problemsWith(field: Field): string[] {
  const { name, value, schema, at } = field;
  const text = typeof value === 'string' ? value : '';
  const fail = (promise: string) => [`${at || '(body)'} = ${JSON.stringify(value)}: ${promise}`];
  if (schema.format === 'uuid' || (ID_NAME.test(name) && isFree(schema))) {
    return UUID.test(text) ? [] : fail('expected a UUID');
  }
  if (WEBSOCKET_URL_NAME.test(name) && isFree(schema, ['uri', 'url'])) {
    return text.startsWith('wss://') ? [] : fail('expected a wss:// URL');
  }
  if (URL_NAME.test(name) && isFree(schema, ['uri', 'url'])) {
    return text.startsWith('https://') ? [] : fail('expected an https:// URL');
  }
  if (schema.format === 'date-time') {
    return Number.isNaN(Date.parse(text)) ? fail('expected an ISO date-time') : [];
  }
  const bounded = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'default'];
  if (POSITIVE_NAME.test(name) && typeof value === 'number' && !bounded.some((key) => key in schema)) {
    return value > 0 ? [] : fail('expected a positive number');
  }
  return [];
}

/** Everything in `body` that breaks the mock's promises; [] when it reads like the real API. */
export function mockDataProblems(
  spec: OpenApiDocument,
  validator: SchemaValidator,
  pointer: string,
  body: unknown,
): string[] {
  return [...fieldsOf(spec, validator, pointer, body)].flatMap(problemsWith);
}
