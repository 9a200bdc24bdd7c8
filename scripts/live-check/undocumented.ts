// Fields the answer has and the spec does not document: informational, since a schema without
// `additionalProperties: false` allows them. A field counts as documented when any branch of the schema there
// (allOf, anyOf, oneOf) declares it, or the object admits additional or pattern properties.
import { resolvePointer } from '../pipeline/json-pointer.ts';

type Json = Record<string, unknown>;

const MAX_DEPTH = 32;

/** Pointers of undocumented fields, array indices written as `*` and each pattern listed once. */
export function undocumentedFields(spec: Json, schema: unknown, body: unknown): string[] {
  const found = new Set<string>();
  walk(spec, [schema], body, '', found, 0);
  return [...found];
}

function walk(
  spec: Json,
  schemas: unknown[],
  value: unknown,
  pointer: string,
  found: Set<string>,
  depth: number,
): void {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  const branches = schemas.flatMap((schema) => flatten(spec, schema, 0));
  if (Array.isArray(value)) {
    const items = branches.map((branch) => branch.items).filter((items) => items !== undefined);
    value.forEach((item: unknown) => {
      walk(spec, items, item, `${pointer}/*`, found, depth + 1);
    });
    return;
  }
  if (branches.some(admitsAnyField)) return;
  for (const [key, item] of Object.entries(value)) {
    const declared = branches
      .map((branch) => (branch.properties as Json | undefined)?.[key])
      .filter((schema) => schema !== undefined);
    const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (declared.length === 0) found.add(at);
    else walk(spec, declared, item, at, found, depth + 1);
  }
}

/** The schema with its $refs followed and its allOf/anyOf/oneOf branches spread out. */
function flatten(spec: Json, node: unknown, depth: number): Json[] {
  const schema = deref(spec, node);
  if (depth > MAX_DEPTH) return [schema];
  const nested = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) =>
    Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : [],
  );
  return [schema, ...nested.flatMap((branch) => flatten(spec, branch, depth + 1))];
}

function admitsAnyField(schema: Json): boolean {
  const additional = schema.additionalProperties;
  return (
    (additional !== undefined && additional !== false) ||
    schema.patternProperties !== undefined ||
    (schema.unevaluatedProperties !== undefined && schema.unevaluatedProperties !== false)
  );
}

function deref(spec: Json, node: unknown): Json {
  let current = node;
  for (let hops = 0; hops < 32 && isRef(current); hops++) current = resolvePointer(spec, current.$ref);
  return typeof current === 'object' && current !== null ? (current as Json) : {};
}

function isRef(node: unknown): node is { $ref: string } {
  return typeof node === 'object' && node !== null && typeof (node as Json).$ref === 'string';
}
