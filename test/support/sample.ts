// A small deterministic sampler: the least valid value for a schema in the spec. Required properties only
// (recursively), const/enum honoured, the first oneOf/anyOf branch whose sample validates, format-valid strings.
// Hand-written rather than json-schema-faker so the same spec always yields the same request, and a sampler
// gap shows up as a named validation failure instead of a random one.
import { describeErrors } from './schema-validator.ts';
import type { SchemaValidator } from './schema-validator.ts';
import { isObject, locate, pointerTo } from './spec.ts';
import type { JsonObject, OpenApiDocument } from './spec.ts';

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-02T03:04:05Z',
  date: '2024-01-02',
  time: '03:04:05Z',
  email: 'contract@example.com',
  uri: 'https://example.com/contract',
  url: 'https://example.com/contract',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

export class SchemaSampler {
  private uuids = 0;

  constructor(
    private readonly spec: OpenApiDocument,
    private readonly validator: SchemaValidator,
  ) {}

  /** A value valid against the schema at `pointer`, or an error naming why the sampler could not make one. */
  sample(pointer: string): unknown {
    const value = this.build(pointer, 0);
    const errors = this.validator.errors(pointer, value);
    if (errors.length > 0) {
      throw new Error(`sampler made an invalid value for ${pointer}: ${describeErrors(errors)}`);
    }
    return value;
  }

  private build(pointer: string, depth: number): unknown {
    if (depth > 32) throw new Error(`${pointer}: schema nests too deep to sample (a required cycle?)`);
    const { pointer: at, node: schema } = locate(this.spec, pointer);
    if ('const' in schema) return schema.const;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) return this.firstValidBranch(at, keyword, branches.length, depth);
    }
    if (Array.isArray(schema.allOf)) {
      const parts = schema.allOf.map((_, index) => this.build(pointerTo(at, 'allOf', index), depth + 1));
      return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0];
    }
    const type = pickType(schema);
    switch (type) {
      case 'object':
        return this.object(at, schema, depth);
      case 'array':
        return this.array(at, schema, depth);
      case 'string':
        return this.string(schema);
      case 'integer':
      case 'number':
        return numberFor(schema, type);
      case 'boolean':
        return false;
      case 'null':
        return null;
      default:
        // No type and no constraint: anything goes, and an empty object is the least surprising.
        return isObject(schema.properties) ? this.object(at, schema, depth) : {};
    }
  }

  private firstValidBranch(at: string, keyword: string, count: number, depth: number): unknown {
    const tried: string[] = [];
    for (let index = 0; index < count; index++) {
      let candidate: unknown;
      try {
        candidate = this.build(pointerTo(at, keyword, index), depth + 1);
      } catch (error) {
        tried.push(`branch ${index}: ${(error as Error).message}`);
        continue;
      }
      // Checked against the whole schema, so a oneOf candidate matching two branches is rejected too.
      const errors = this.validator.errors(at, candidate);
      if (errors.length === 0) return candidate;
      tried.push(`branch ${index}: ${describeErrors(errors)}`);
    }
    throw new Error(`${at}: no ${keyword} branch could be sampled (${tried.join(' | ')})`);
  }

  private object(at: string, schema: JsonObject, depth: number): JsonObject {
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const properties = isObject(schema.properties) ? schema.properties : {};
    const value: JsonObject = {};
    for (const name of required) {
      value[name] = name in properties ? this.build(pointerTo(at, 'properties', name), depth + 1) : 'sample';
    }
    return value;
  }

  private array(at: string, schema: JsonObject, depth: number): unknown[] {
    const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
    if (count === 0) return [];
    if (!isObject(schema.items))
      throw new Error(`${at}: array needs ${count} items but declares no items schema`);
    return Array.from({ length: count }, () => this.build(pointerTo(at, 'items'), depth + 1));
  }

  private string(schema: JsonObject): string {
    const format = typeof schema.format === 'string' ? schema.format : undefined;
    if (format === 'uuid') return this.nextUuid();
    const base = (format && FORMAT_SAMPLES[format]) ?? 'sample';
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
    return base.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, base.length)));
  }

  /** Distinct, valid version-4 UUIDs in a fixed sequence. */
  private nextUuid(): string {
    this.uuids++;
    return `00000000-0000-4000-8000-${this.uuids.toString(16).padStart(12, '0')}`;
  }
}

function pickType(schema: JsonObject): string | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return (type.find((t) => t !== 'null') ?? type[0]) as string | undefined;
  if (isObject(schema.properties)) return 'object';
  return undefined;
}

function numberFor(schema: JsonObject, type: 'integer' | 'number'): number {
  const step = type === 'integer' ? 1 : 0.5;
  let value = 1;
  if (typeof schema.minimum === 'number') value = schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number') value = schema.exclusiveMinimum + step;
  if (typeof schema.maximum === 'number') value = Math.min(value, schema.maximum);
  if (typeof schema.exclusiveMaximum === 'number') value = Math.min(value, schema.exclusiveMaximum - step);
  return type === 'integer' ? Math.ceil(value) : value;
}
