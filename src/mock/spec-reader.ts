// Reads what the session mock needs from an OpenAPI document (plain JSON, already parsed): operations with their
// security kinds, request body and success data schemas ($refs followed) and the generated `mock` examples.
type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const listAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export interface SpecOperation {
  method: string;
  path: string;
  operationId: string;
  /** Each alternative of the security requirement, as the kinds of its schemes (`apiKey`, `bearer`, …). */
  security: string[][];
  /** Properties of the JSON request body's schema (first object branch), empty without a body. */
  bodyProperties: Record<string, Json>;
  queryParameters: Record<string, Json>;
  pathParameters: string[];
  successStatus: number;
  /** The success envelope's `data` schema (null branch dropped), or undefined when data is always null. */
  dataSchema: Json | undefined;
  /** `data` of the success response's first example. */
  exampleData: unknown;
}

export function readOperations(spec: Json): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(objectAt(spec.paths))) {
    for (const method of METHODS) {
      const operation = objectAt(objectAt(item)[method]);
      if (Object.keys(operation).length === 0) continue;
      operations.push(readOperation(spec, method.toUpperCase(), path, operation));
    }
  }
  return operations;
}

function readOperation(spec: Json, method: string, path: string, operation: Json): SpecOperation {
  const [status, response] = Object.entries(objectAt(operation.responses)).find(([code]) =>
    /^2\d\d$/.test(code),
  ) ?? ['200', {}];
  const media = objectAt(objectAt(objectAt(resolve(spec, response)).content)['application/json']);
  const envelope = resolve(spec, media.schema);
  const data = dataBranch(spec, resolve(spec, objectAt(envelope.properties).data));
  const examples = Object.values(objectAt(media.examples)).map((example) => objectAt(example).value);
  const parameters = listAt(operation.parameters).map((p) => resolve(spec, p));
  const body = resolve(
    spec,
    objectAt(objectAt(objectAt(operation.requestBody).content)['application/json']).schema,
  );
  return {
    method,
    path,
    operationId: typeof operation.operationId === 'string' ? operation.operationId : '',
    security: securityKinds(spec, operation),
    bodyProperties: propertiesOf(spec, body),
    queryParameters: Object.fromEntries(
      parameters.filter((p) => p.in === 'query').map((p) => [String(p.name), resolve(spec, p.schema)]),
    ),
    pathParameters: parameters.filter((p) => p.in === 'path').map((p) => String(p.name)),
    successStatus: Number(status),
    dataSchema: data,
    exampleData: objectAt(examples[0] ?? media.example).data,
  };
}

/** Property schemas of an object schema, or of the first object branch of a oneOf/anyOf, $refs followed. */
export function propertiesOf(spec: Json, schema: Json): Record<string, Json> {
  if (schema.properties !== undefined) {
    return Object.fromEntries(
      Object.entries(objectAt(schema.properties)).map(([name, value]) => [name, resolve(spec, value)]),
    );
  }
  const branches = [schema.oneOf, schema.anyOf].find(Array.isArray) ?? [];
  for (const branch of branches) {
    const properties = propertiesOf(spec, resolve(spec, branch));
    if (Object.keys(properties).length > 0) return properties;
  }
  return {};
}

function dataBranch(spec: Json, schema: Json): Json | undefined {
  if (schema.type === 'null') return undefined;
  const branches = Array.isArray(schema.anyOf) ? schema.anyOf.map((b) => resolve(spec, b)) : undefined;
  // `{title: 'Data'}` (FastAPI's `data: None`): no shape at all, so data is always null.
  const shaped = Object.keys(schema).some((key) => !['title', 'description', 'default'].includes(key));
  if (branches === undefined) return shaped ? schema : undefined;
  return branches.find((branch) => branch.type !== 'null');
}

function securityKinds(spec: Json, operation: Json): string[][] {
  const schemes = objectAt(objectAt(spec.components).securitySchemes);
  const requirements = Array.isArray(operation.security) ? operation.security : spec.security;
  return listAt(requirements).map((requirement) =>
    Object.keys(objectAt(requirement)).map((name) => {
      const scheme = objectAt(schemes[name]);
      return scheme.type === 'http' ? String(scheme.scheme).toLowerCase() : String(scheme.type);
    }),
  );
}

/** Follows local `$ref`s (`#/components/...`); anything else is returned as it is. */
export function resolve(spec: Json, node: unknown, depth = 0): Json {
  const value = objectAt(node);
  if (typeof value.$ref !== 'string' || !value.$ref.startsWith('#/') || depth > 32) return value;
  const { $ref: ref, ...siblings } = value;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (at, segment) => objectAt(at)[segment.replaceAll('~1', '/').replaceAll('~0', '~')],
      spec,
    );
  // OpenAPI 3.1 allows keywords beside $ref (a `default`, a `description`): they apply too.
  return { ...resolve(spec, target, depth + 1), ...siblings };
}

export function objectAt(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}
