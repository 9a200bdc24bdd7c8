import { deref } from './json-pointer.ts';

/** How a security scheme is declared in the spec, reduced to what a client needs to attach a credential. */
export interface SecuritySchemeMetadata {
  type: string;
  /** For apiKey schemes: where the key goes and under which name. */
  in?: string;
  name?: string;
  /** For http schemes: e.g. `bearer`. */
  scheme?: string;
}

export interface OperationMetadata {
  /** `METHOD /path/{template}`: the key the client looks operations up by. */
  key: string;
  method: string;
  path: string;
  operationId: string;
  summary: string;
  /** Alternatives (any one suffices); each lists the schemes it needs together. `[]` means no credential. */
  security: string[][];
  successStatuses: number[];
  requestBody: 'required' | 'optional' | 'none';
  /** A success status declares an application/json body. */
  json: boolean;
  /** The success body is the `{code, data, message}` envelope, so the client unwraps `data`. */
  envelope: boolean;
  /** The envelope's `data` schema admits only null (or anything), so `data: null` is a normal success. */
  nullData: boolean;
  /** Query has page/page_size and data is `{count, next, previous, results[]}`. */
  paginated: boolean;
}

export interface ApiMetadata {
  serverUrl: string;
  securitySchemes: Record<string, SecuritySchemeMetadata>;
  operations: OperationMetadata[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;

/** Derives the per-operation metadata the facade and the tests read; nobody lists operations by hand. */
export function deriveMetadata(spec: Json): ApiMetadata {
  const components = (spec.components ?? {}) as Json;
  const schemes = (components.securitySchemes ?? {}) as Record<string, Json>;
  const securitySchemes: Record<string, SecuritySchemeMetadata> = {};
  for (const name of Object.keys(schemes).sort()) {
    const scheme = deref(spec, schemes[name]);
    securitySchemes[name] = pick(scheme, [
      'type',
      'in',
      'name',
      'scheme',
    ]) as unknown as SecuritySchemeMetadata;
  }
  const globalSecurity = (spec.security ?? []) as Record<string, unknown>[];
  const operations: OperationMetadata[] = [];
  for (const [path, rawItem] of Object.entries((spec.paths ?? {}) as Record<string, unknown>)) {
    const item = deref(spec, rawItem);
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      operations.push(describeOperation(spec, method, path, operation, globalSecurity));
    }
  }
  operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  const servers = (spec.servers ?? []) as { url?: string }[];
  return { serverUrl: servers[0]?.url ?? '', securitySchemes, operations };
}

function describeOperation(
  spec: Json,
  method: string,
  path: string,
  operation: Json,
  globalSecurity: Record<string, unknown>[],
): OperationMetadata {
  const security = ((operation.security ?? globalSecurity) as Record<string, unknown>[]).map((requirement) =>
    Object.keys(requirement).sort(),
  );
  const responses = (operation.responses ?? {}) as Record<string, unknown>;
  const successStatuses = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .map(Number)
    .sort((a, b) => a - b);
  const body = operation.requestBody === undefined ? undefined : deref(spec, operation.requestBody);
  const success = successSchema(spec, responses, successStatuses);
  const data = envelopeData(spec, success);
  return {
    key: `${method.toUpperCase()} ${path}`,
    method: method.toUpperCase(),
    path,
    operationId: typeof operation.operationId === 'string' ? operation.operationId : '',
    summary: typeof operation.summary === 'string' ? operation.summary : '',
    security: security.length === 0 ? [] : security,
    successStatuses,
    requestBody: body === undefined ? 'none' : body.required === true ? 'required' : 'optional',
    json: success !== undefined,
    envelope: data !== undefined,
    nullData: data !== undefined && admitsOnlyNull(spec, data),
    paginated: method === 'get' && hasPageQuery(spec, operation) && isPage(spec, data),
  };
}

function successSchema(spec: Json, responses: Record<string, unknown>, statuses: number[]): Json | undefined {
  for (const status of statuses) {
    const response = deref(spec, responses[String(status)]);
    const content = (response.content ?? {}) as Record<string, Json>;
    const json = content['application/json'];
    if (json?.schema) return deref(spec, json.schema);
  }
  return undefined;
}

/** The `data` schema when the body is the `{code, data, message}` envelope, else undefined. */
function envelopeData(spec: Json, schema: Json | undefined): Json | undefined {
  const properties = schema?.properties as Record<string, unknown> | undefined;
  if (!properties || !('data' in properties) || !('code' in properties) || !('message' in properties))
    return undefined;
  return deref(spec, properties.data);
}

function admitsOnlyNull(spec: Json, data: Json): boolean {
  if (data.type === 'null') return true;
  const branches = (data.anyOf ?? data.oneOf) as unknown[] | undefined;
  if (branches) return branches.every((branch) => admitsOnlyNull(spec, deref(spec, branch)));
  return !('type' in data) && !('$ref' in data) && !('properties' in data) && !('allOf' in data);
}

function hasPageQuery(spec: Json, operation: Json): boolean {
  const names = ((operation.parameters ?? []) as unknown[])
    .map((parameter) => deref(spec, parameter))
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => parameter.name);
  return names.includes('page') && names.includes('page_size');
}

function isPage(spec: Json, data: Json | undefined): boolean {
  if (!data) return false;
  const candidates = ((data.anyOf ?? data.oneOf ?? [data]) as unknown[]).map((branch) => deref(spec, branch));
  return candidates.some((candidate) => {
    const properties = (candidate.properties ?? {}) as Record<string, unknown>;
    const results = properties.results === undefined ? undefined : deref(spec, properties.results);
    return ['count', 'next', 'previous'].every((name) => name in properties) && results?.type === 'array';
  });
}

function pick(source: Json, keys: string[]): Json {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}
