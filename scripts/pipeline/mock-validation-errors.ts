// FastAPI validation errors that read true: each `detail[]` item of a 422 example names a real input of its
// operation (`["body", "avatar_id"]`, `["query", "page_size"]`) with the message and type pydantic 2 gives for
// that input's schema. Found by shape (an object with `loc`, `msg` and `type`), never by operation.
import { resolvePointer } from './json-pointer.ts';

type Json = Record<string, unknown>;

export interface OperationInput {
  /** Where FastAPI says the input is: `body`, `query`, `path`, `header` or `cookie`. */
  in: string;
  name: string;
  schema: Json;
  required: boolean;
}

/** Inputs the client controls, most telling first: path, body, query, then headers and cookies. */
const ORDER = ['path', 'body', 'query', 'header', 'cookie'];

export function operationInputs(document: Json, operation: Json): OperationInput[] {
  const inputs: OperationInput[] = [];
  for (const raw of Array.isArray(operation.parameters) ? operation.parameters : []) {
    const parameter = deref(document, raw);
    if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    const schema = deref(document, parameter.schema);
    inputs.push({ in: parameter.in, name: parameter.name, schema, required: parameter.required === true });
  }
  const requestBody = deref(document, operation.requestBody);
  const content = objectAt(objectAt(requestBody.content)['application/json']);
  const body = objectWithProperties(document, deref(document, content.schema));
  const required = new Set(Array.isArray(body.required) ? body.required.map(String) : []);
  for (const [name, schema] of Object.entries(objectAt(body.properties))) {
    inputs.push({ in: 'body', name, schema: deref(document, schema), required: required.has(name) });
  }
  return inputs.sort((a, b) => ORDER.indexOf(a.in) - ORDER.indexOf(b.in));
}

/** Rewrites every validation-error item in `value` to name one of `inputs`, each item a different one. */
export function realisticValidationErrors(value: unknown, inputs: readonly OperationInput[]): unknown {
  if (Array.isArray(value)) {
    const items = value.filter(isValidationError);
    if (items.length > 0 && items.length === value.length) {
      const used = inputs.length === 0 ? [undefined] : inputs.slice(0, items.length);
      return used.map((input, index) => validationError(input, index));
    }
    return value.map((item) => realisticValidationErrors(item, inputs));
  }
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, realisticValidationErrors(item, inputs)]),
  );
}

function validationError(input: OperationInput | undefined, index: number): Json {
  if (input === undefined) return { loc: ['body'], msg: 'Field required', type: 'missing', input: null };
  const loc = [input.in, input.name];
  if (input.required && index === 0) return { loc, msg: 'Field required', type: 'missing', input: null };
  return { loc, ...typeError(input.schema) };
}

/** What pydantic 2 says about a wrong value for this schema. */
function typeError(schema: Json): Json {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const expected = quotedList(schema.enum.map(String));
    return { msg: `Input should be ${expected}`, type: 'enum', input: 'other', ctx: { expected } };
  }
  if (schema.format === 'uuid') {
    return {
      msg: 'Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1',
      type: 'uuid_parsing',
      input: 'not-a-uuid',
    };
  }
  switch (typeOf(schema)) {
    case 'integer':
      return {
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        type: 'int_parsing',
        input: 'ten',
      };
    case 'number':
      return {
        msg: 'Input should be a valid number, unable to parse string as a number',
        type: 'float_parsing',
        input: 'ten',
      };
    case 'boolean':
      return {
        msg: 'Input should be a valid boolean, unable to interpret input',
        type: 'bool_parsing',
        input: 'maybe',
      };
    case 'array':
      return { msg: 'Input should be a valid list', type: 'list_type', input: 'one' };
    case 'object':
      return {
        msg: 'Input should be a valid dictionary or object to extract fields from',
        type: 'model_attributes_type',
        input: 'one',
      };
    default:
      return { msg: 'Input should be a valid string', type: 'string_type', input: 42 };
  }
}

function typeOf(schema: Json): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null') as string | undefined;
  const branches = [schema.anyOf, schema.oneOf].find(Array.isArray) ?? [];
  for (const branch of branches) {
    const type = isObject(branch) ? typeOf(branch) : undefined;
    if (type !== undefined && type !== 'null') return type;
  }
  return isObject(schema.properties) ? 'object' : undefined;
}

/** `'FULL' or 'LITE'`, `'a', 'b' or 'c'`: pydantic's way of listing the expected values. */
function quotedList(values: string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length < 2
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

/** The schema itself when it has properties, else its first oneOf/anyOf branch that has (a union body). */
function objectWithProperties(document: Json, schema: Json): Json {
  if (isObject(schema.properties)) return schema;
  for (const branch of [schema.oneOf, schema.anyOf].find(Array.isArray) ?? []) {
    const resolved = deref(document, branch);
    if (isObject(resolved.properties)) return resolved;
  }
  return {};
}

function isValidationError(value: unknown): value is Json {
  return (
    isObject(value) &&
    Array.isArray(value.loc) &&
    typeof value.msg === 'string' &&
    typeof value.type === 'string'
  );
}

function deref(document: Json, node: unknown): Json {
  const value = objectAt(node);
  if (typeof value.$ref !== 'string') return value;
  const { $ref: ref, ...siblings } = value;
  return { ...deref(document, resolvePointer(document, ref)), ...siblings };
}

function objectAt(value: unknown): Json {
  return isObject(value) ? value : {};
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
