import type { ChangeFact, Side } from './change-facts.ts';
import { isObject, resolveNode } from './resolve-schema.ts';
import type { JsonObject, ResolvedNode } from './resolve-schema.ts';

/** Guards against pathological nesting even where no `$ref` cycle exists. */
const MAX_SCHEMA_DEPTH = 64;

/**
 * Walks an old and a new schema side by side (through `$ref`s, properties, items, additionalProperties, allOf,
 * anyOf and oneOf), reporting field, required-ness, enum, type and variant differences. A pair of schemas
 * already being compared further up is not entered again, so recursive schemas terminate.
 */
export class SchemaComparer {
  private readonly inProgress: [object, object][] = [];

  constructor(
    private readonly before: JsonObject,
    private readonly after: JsonObject,
    private readonly side: Side,
    private readonly report: (field: string, fact: ChangeFact) => void,
  ) {}

  compare(oldRaw: unknown, newRaw: unknown, field: string): void {
    if (oldRaw === undefined || newRaw === undefined) return;
    const oldSchema = resolveNode(this.before, oldRaw);
    const newSchema = resolveNode(this.after, newRaw);
    const deprecated = newSchema.node.deprecated === true;
    if ((oldSchema.node.deprecated === true) !== deprecated) {
      this.report(field, { kind: 'deprecated-changed', deprecated });
    }
    this.guarded(oldSchema, newSchema, () => {
      this.compareTypes(oldSchema.node, newSchema.node, field);
      this.compareEnums(oldSchema.node, newSchema.node, field);
      this.compareVariants(oldSchema, newSchema, field);
    });
  }

  private guarded(oldSchema: ResolvedNode, newSchema: ResolvedNode, body: () => void): void {
    const seen = this.inProgress.some(([o, n]) => o === oldSchema.identity && n === newSchema.identity);
    if (seen || this.inProgress.length >= MAX_SCHEMA_DEPTH) return;
    this.inProgress.push([oldSchema.identity, newSchema.identity]);
    try {
      body();
    } finally {
      this.inProgress.pop();
    }
  }

  private compareTypes(oldSchema: JsonObject, newSchema: JsonObject, field: string): void {
    const oldTypes = [...typesOf(this.before, oldSchema, new Set())].sort();
    const newTypes = [...typesOf(this.after, newSchema, new Set())].sort();
    // No type on one side means "anything": nothing definite to compare.
    if (oldTypes.length === 0 || newTypes.length === 0 || oldTypes.join() === newTypes.join()) return;
    this.report(field, { kind: 'type-changed', side: this.side, before: oldTypes, after: newTypes });
  }

  private compareEnums(oldSchema: JsonObject, newSchema: JsonObject, field: string): void {
    const oldValues = enumOf(this.before, oldSchema, new Set());
    const newValues = enumOf(this.after, newSchema, new Set());
    if (sameSet(oldValues, newValues)) return;
    this.report(field, { kind: 'enum-changed', side: this.side, before: oldValues, after: newValues });
  }

  /** Pairs the structured variants of a union by component name (or title); a lone leftover on each side is a rename. */
  private compareVariants(oldSchema: ResolvedNode, newSchema: ResolvedNode, field: string): void {
    const oldVariants = structuredVariants(this.before, oldSchema, new Set());
    const newVariants = structuredVariants(this.after, newSchema, new Set());
    const labelled = oldVariants.length > 1 || newVariants.length > 1;
    const unmatchedNew = new Map(newVariants.map((variant) => [variant.label, variant]));
    const unmatchedOld: Variant[] = [];
    const pairs: [Variant, Variant][] = [];
    for (const oldVariant of oldVariants) {
      const newVariant = unmatchedNew.get(oldVariant.label);
      if (newVariant === undefined) unmatchedOld.push(oldVariant);
      else {
        pairs.push([oldVariant, newVariant]);
        unmatchedNew.delete(oldVariant.label);
      }
    }
    const [onlyOld] = unmatchedOld;
    const [onlyNew] = unmatchedNew.values();
    if (unmatchedOld.length === 1 && unmatchedNew.size === 1 && onlyOld && onlyNew) {
      pairs.push([onlyOld, onlyNew]);
    } else {
      for (const variant of unmatchedOld)
        this.report(field, { kind: 'variant-removed', side: this.side, variant: variant.label });
      for (const variant of unmatchedNew.values()) {
        this.report(field, { kind: 'variant-added', side: this.side, variant: variant.label });
      }
    }
    for (const [oldVariant, newVariant] of pairs) {
      const where = labelled ? `${field}<${newVariant.label}>` : field;
      const compareBranch = () => {
        this.compareStructure(oldVariant.schema.node, newVariant.schema.node, where);
      };
      // A schema that is not a union is its own single variant, already guarded by compare().
      const isSelf =
        oldVariant.schema.identity === oldSchema.identity &&
        newVariant.schema.identity === newSchema.identity;
      if (isSelf) compareBranch();
      else this.guarded(oldVariant.schema, newVariant.schema, compareBranch);
    }
  }

  private compareStructure(oldSchema: JsonObject, newSchema: JsonObject, field: string): void {
    const oldObject = objectShape(this.before, oldSchema, new Set());
    const newObject = objectShape(this.after, newSchema, new Set());
    for (const [name, oldProperty] of oldObject.properties) {
      const path = field ? `${field}.${name}` : name;
      const newProperty = newObject.properties.get(name);
      if (newProperty === undefined) {
        this.report(path, { kind: 'field-removed', side: this.side });
        continue;
      }
      const required = newObject.required.has(name);
      if (oldObject.required.has(name) !== required) {
        this.report(path, { kind: 'field-required-changed', side: this.side, required });
      }
      this.compare(oldProperty, newProperty, path);
    }
    for (const name of newObject.properties.keys()) {
      if (oldObject.properties.has(name)) continue;
      const path = field ? `${field}.${name}` : name;
      this.report(path, { kind: 'field-added', side: this.side, required: newObject.required.has(name) });
    }
    if (oldSchema.items !== undefined && newSchema.items !== undefined) {
      this.compare(oldSchema.items, newSchema.items, `${field}[]`);
    }
    if (isObject(oldSchema.additionalProperties) && isObject(newSchema.additionalProperties)) {
      this.compare(oldSchema.additionalProperties, newSchema.additionalProperties, `${field}{}`);
    }
  }
}

interface Variant {
  label: string;
  schema: ResolvedNode;
}

/** The object/array alternatives of a schema: its anyOf/oneOf branches (flattened), or the schema itself. */
function structuredVariants(document: JsonObject, schema: ResolvedNode, seen: Set<object>): Variant[] {
  if (seen.has(schema.identity)) return [];
  seen.add(schema.identity);
  const branches = unionBranches(schema.node);
  if (branches === undefined) {
    return isStructured(schema.node)
      ? [{ label: schema.refName ?? titleOf(schema.node) ?? 'inline schema', schema }]
      : [];
  }
  const variants = branches.flatMap((branch) =>
    structuredVariants(document, resolveNode(document, branch), seen),
  );
  const counts = new Map<string, number>();
  // Two inline variants without a name would share a label; number them so each pairs with its counterpart.
  return variants.map((variant) => {
    const count = (counts.get(variant.label) ?? 0) + 1;
    counts.set(variant.label, count);
    return count === 1 ? variant : { ...variant, label: `${variant.label} #${count}` };
  });
}

function unionBranches(schema: JsonObject): unknown[] | undefined {
  const branches = [schema.anyOf, schema.oneOf].filter(Array.isArray).flat() as unknown[];
  return branches.length > 0 ? branches : undefined;
}

function isStructured(schema: JsonObject): boolean {
  const types = typeList(schema);
  return (
    isObject(schema.properties) ||
    schema.items !== undefined ||
    isObject(schema.additionalProperties) ||
    Array.isArray(schema.allOf) ||
    types.includes('object') ||
    types.includes('array')
  );
}

/** Properties and required names of an object schema, merged with those of its allOf members. */
function objectShape(
  document: JsonObject,
  schema: JsonObject,
  seen: Set<object>,
): { properties: Map<string, unknown>; required: Set<string> } {
  const properties = new Map<string, unknown>(
    Object.entries(isObject(schema.properties) ? schema.properties : {}),
  );
  const required = new Set<string>(Array.isArray(schema.required) ? schema.required.filter(isString) : []);
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) {
      const resolved = resolveNode(document, member);
      if (seen.has(resolved.identity)) continue;
      seen.add(resolved.identity);
      const shape = objectShape(document, resolved.node, seen);
      for (const [name, property] of shape.properties)
        if (!properties.has(name)) properties.set(name, property);
      for (const name of shape.required) required.add(name);
    }
  }
  return { properties, required };
}

/** The JSON types a schema admits, through unions and allOf; empty means unconstrained. */
function typesOf(document: JsonObject, schema: JsonObject, seen: Set<object>): Set<string> {
  const types = new Set(typeList(schema));
  if (types.size === 0 && 'const' in schema) types.add(jsonType(schema.const));
  if (types.size === 0 && Array.isArray(schema.enum))
    for (const value of schema.enum) types.add(jsonType(value));
  for (const branch of [
    ...(unionBranches(schema) ?? []),
    ...(Array.isArray(schema.allOf) ? schema.allOf : []),
  ]) {
    const resolved = resolveNode(document, branch);
    if (seen.has(resolved.identity)) continue;
    seen.add(resolved.identity);
    const branchTypes = typesOf(document, resolved.node, seen);
    // One unconstrained branch makes the whole union unconstrained.
    if (branchTypes.size === 0 && unionBranches(schema)?.includes(branch)) return new Set();
    for (const type of branchTypes) types.add(type);
  }
  return types;
}

/** The JSON-encoded values a schema is limited to (enum or const, through unions), or undefined for "any". */
function enumOf(document: JsonObject, schema: JsonObject, seen: Set<object>): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value));
  if ('const' in schema) return [JSON.stringify(schema.const)];
  const branches = unionBranches(schema);
  if (branches === undefined) return undefined;
  const values: string[] = [];
  let restricted = false;
  for (const branch of branches) {
    const resolved = resolveNode(document, branch);
    // A `null` branch only makes the field nullable; the type comparison covers that.
    if (typeList(resolved.node).join() === 'null') continue;
    if (seen.has(resolved.identity)) continue;
    seen.add(resolved.identity);
    const branchValues = enumOf(document, resolved.node, seen);
    if (branchValues === undefined) return undefined;
    restricted = true;
    values.push(...branchValues);
  }
  return restricted ? [...new Set(values)] : undefined;
}

function typeList(schema: JsonObject): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  return Array.isArray(schema.type) ? schema.type.filter(isString) : [];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function titleOf(schema: JsonObject): string | undefined {
  return typeof schema.title === 'string' ? schema.title : undefined;
}

function sameSet(a: string[] | undefined, b: string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value) => b.includes(value));
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
