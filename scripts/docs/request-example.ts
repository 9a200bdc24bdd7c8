// The arguments of an operation's sample call: required parameters (path, query, header, cookie) and the JSON body, made by the
// mock-example generator (json-schema-faker + the field-name rules of scripts/pipeline/mock-values.ts, seeded per
// operation) with required fields only, and checked with Ajv against the spec like the response examples.
import { createHash } from 'node:crypto';
import { faker } from '@faker-js/faker/locale/en';
import { generateSync } from 'json-schema-faker';
import type { JsonSchema } from 'json-schema-faker';
import { assertExamplesValid } from '../pipeline/mock-example-check.ts';
import type { ExampleToCheck } from '../pipeline/mock-example-check.ts';
import { pointerFromSegments, resolvePointer } from '../pipeline/json-pointer.ts';
import { schemaForExamples, schemasForExamples } from '../pipeline/mock-schema.ts';
import { realisticValue } from '../pipeline/mock-values.ts';

type Json = Record<string, unknown>;

/** Where openapi-fetch takes parameters (`params.path`, …), in the order a sample lists them. */
export const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;
type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number];

/** What the sample passes: required parameters by location and `body`, each only when there is something to pass. */
export interface CallArguments {
  params?: Partial<Record<ParameterLocation, Record<string, unknown>>>;
  body?: unknown;
}

const REFERENCE_DATE = '2025-06-01T12:00:00Z';

interface Located {
  /** JSON pointer (`#/…`) of the node that holds the schema. */
  pointer: string;
  node: Json;
}

/** A generator bound to one spec: component schemas are reshaped once, Ajv checks every value made. */
export class RequestExamples {
  private readonly schemas: Json;

  constructor(private readonly spec: Json) {
    const components = isObject(spec.components) ? spec.components : {};
    this.schemas = isObject(components.schemas) ? schemasForExamples(components.schemas) : {};
  }

  /** The sample arguments for `method path`; throws naming the spec location when a value breaks its schema. */
  argumentsFor(path: string, method: string): CallArguments {
    const at = ['paths', path, method];
    const operation = resolvePointer(this.spec, pointerFromSegments(at)) as Json;
    const checks: ExampleToCheck[] = [];
    const result: CallArguments = {};
    for (const { name, location, schemaAt } of this.parameters(path, method, operation)) {
      if (!isParameterLocation(location)) continue;
      const value = this.generate(schemaAt.node, name, `${method} ${path} ${location} ${name}`);
      ((result.params ??= {})[location] ??= {})[name] = value;
      checks.push({ pointer: schemaAt.pointer, name, value });
    }
    const body = this.body(operation, [...at, 'requestBody']);
    if (body !== undefined) {
      const value = this.generate(body.node, '', `${method} ${path} body`);
      if (body.required || (isObject(value) && Object.keys(value).length > 0)) {
        result.body = value;
        checks.push({ pointer: body.pointer, name: 'body', value });
      }
    }
    assertValuesValid(this.spec, checks);
    return result;
  }

  /** Path-item and operation parameters (the operation's win by name and location), required ones only. */
  private parameters(
    path: string,
    method: string,
    operation: Json,
  ): { name: string; location: string; schemaAt: Located }[] {
    const found = new Map<string, { name: string; location: string; schemaAt: Located }>();
    const lists: [unknown, (string | number)[]][] = [
      [(resolvePointer(this.spec, pointerFromSegments(['paths', path])) as Json).parameters, ['paths', path]],
      [operation.parameters, ['paths', path, method]],
    ];
    for (const [list, owner] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((entry: unknown, index) => {
        const parameter = this.locate(entry, [...owner, 'parameters', index]);
        const { name, in: location, required, schema } = parameter.node;
        if (typeof name !== 'string' || typeof location !== 'string' || required !== true) return;
        if (!isObject(schema)) return;
        found.set(`${location} ${name}`, {
          name,
          location,
          schemaAt: { pointer: `${parameter.pointer}/schema`, node: schema },
        });
      });
    }
    return [...found.values()];
  }

  private body(operation: Json, at: (string | number)[]): (Located & { required: boolean }) | undefined {
    if (operation.requestBody === undefined) return undefined;
    const requestBody = this.locate(operation.requestBody, at);
    const content = requestBody.node.content;
    const media = isObject(content) ? content['application/json'] : undefined;
    if (!isObject(media) || !isObject(media.schema)) return undefined;
    return {
      pointer: `${requestBody.pointer}/content/application~1json/schema`,
      node: media.schema,
      required: requestBody.node.required === true,
    };
  }

  /** Follows one `$ref` (components.parameters, components.requestBodies). */
  private locate(node: unknown, at: (string | number)[]): Located {
    if (isObject(node) && typeof node.$ref === 'string') {
      return { pointer: node.$ref, node: resolvePointer(this.spec, node.$ref) as Json };
    }
    return { pointer: pointerFromSegments(at), node: node as Json };
  }

  private generate(schema: Json, field: string, seedKey: string): unknown {
    const seed = createHash('sha256').update(seedKey).digest().readUInt32BE(0);
    faker.seed(seed);
    faker.setDefaultRefDate(REFERENCE_DATE);
    // A body's own default (e.g. `{}` for an optional body) says nothing about what a caller sends.
    const root = { ...schema };
    delete root.default;
    delete root.example;
    return generateSync(schemaForExamples(root) as JsonSchema, {
      refResolver: (ref) => resolvePointer({ components: { schemas: this.schemas } }, ref) as JsonSchema,
      seed,
      optionalsProbability: 0,
      fillProperties: false,
      maxDepth: 32,
      refDepthMax: 16,
      outputTransform: (value, node, path) =>
        isObject(node) ? realisticValue(lastField(path) || field, node, value, faker) : value,
    });
  }
}

function assertValuesValid(spec: Json, checks: ExampleToCheck[]): void {
  // assertExamplesValid checks `<pointer>/schema`; our pointers already end at the schema.
  const asMedia = checks.map(({ pointer, name, value }) => ({
    pointer: pointer.replace(/\/schema$/, ''),
    name,
    value,
  }));
  assertExamplesValid(spec, asMedia, 'sample call arguments');
}

function isParameterLocation(location: string): location is ParameterLocation {
  return (PARAMETER_LOCATIONS as readonly string[]).includes(location);
}

function lastField(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  return (segments.at(-1) ?? '').replaceAll('~1', '/').replaceAll('~0', '~');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
