// Schemas reshaped for generating mock examples: a copy that admits a subset of what the original admits, so
// anything generated from it still validates against the spec, but reads like a real answer.

type Json = Record<string, unknown>;

/** Lists get a few items rather than none (nothing to render) or many (noise). */
const MIN_LIST_ITEMS = 2;
const MAX_LIST_ITEMS = 3;

/** Keywords that constrain a value; a schema with none of them admits anything. */
const CONSTRAINING = [
  'type',
  '$ref',
  'anyOf',
  'oneOf',
  'allOf',
  'enum',
  'const',
  'properties',
  'items',
  'not',
];

const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SUBSCHEMAS = new Set([
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'then',
  'else',
]);

/**
 * A deep copy of `schema` for the example generator:
 * - present data over absent data: `null` branches of anyOf/oneOf and `null` in a type list are dropped
 *   (when something else remains);
 * - a schema that admits anything (`{}`, FastAPI's untyped `data`) becomes `null`, since there is no shape to
 *   invent;
 * - writeOnly properties never appear in a response;
 * - arrays without bounds get 2–3 items.
 */
export function schemaForExamples(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  if (admitsAnything(schema)) return { ...schema, type: 'null' };
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = copyKeyword(key, value);
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = copy[keyword];
    if (Array.isArray(branches) && branches.some((branch) => !isNullOnly(branch))) {
      copy[keyword] = branches.filter((branch) => !isNullOnly(branch));
    }
  }
  if (Array.isArray(copy.type) && copy.type.some((type) => type !== 'null')) {
    copy.type = copy.type.filter((type) => type !== 'null');
  }
  if (isObject(copy.properties)) copy.properties = withoutWriteOnly(copy.properties, copy.required);
  if (copy.type === 'array' || 'items' in copy) boundItems(copy);
  return copy;
}

/** Every schema in a name → schema map (`components.schemas`, `properties`), reshaped. */
export function schemasForExamples(schemas: Json): Json {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, schemaForExamples(schema)]),
  );
}

/**
 * Recurses only where JSON Schema puts subschemas that a value must satisfy (narrowing them only narrows what is
 * generated); `not`, `if` and plain values (default, enum, example, …) are kept as they are.
 */
function copyKeyword(key: string, value: unknown): unknown {
  if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) return value.map(schemaForExamples);
  if (SUBSCHEMA_MAPS.has(key) && isObject(value)) return schemasForExamples(value);
  if (SUBSCHEMAS.has(key)) return schemaForExamples(value);
  return structuredClone(value);
}

function withoutWriteOnly(properties: Json, required: unknown): Json {
  const mustStay = new Set(Array.isArray(required) ? required : []);
  return Object.fromEntries(
    Object.entries(properties).filter(
      ([name, property]) => mustStay.has(name) || !isObject(property) || property.writeOnly !== true,
    ),
  );
}

function boundItems(schema: Json): void {
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : undefined;
  const min =
    typeof schema.minItems === 'number' ? schema.minItems : Math.min(MIN_LIST_ITEMS, max ?? MIN_LIST_ITEMS);
  schema.minItems = min;
  schema.maxItems = max ?? Math.max(min, MAX_LIST_ITEMS);
}

function admitsAnything(schema: Json): boolean {
  return !CONSTRAINING.some((keyword) => keyword in schema);
}

function isNullOnly(schema: unknown): boolean {
  return isObject(schema) && schema.type === 'null';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
