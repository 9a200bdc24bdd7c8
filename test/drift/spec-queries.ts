// What the drift scenarios ask of the current document: operations and schemas found by what they are (an
// operation whose auth is API key or session token, a request body with a required field, …), never by path,
// so the scenarios keep working on whatever upstream serves next.
import { deriveMetadata } from '../../scripts/pipeline/operations.ts';
import type { OperationMetadata } from '../../scripts/pipeline/operations.ts';
import { isObject, resolveNode } from '../../scripts/spec-update/resolve-schema.ts';
import type { JsonObject } from '../../scripts/spec-update/resolve-schema.ts';

export type { JsonObject, OperationMetadata };

const COMPONENT_PREFIX = '#/components/schemas/';

/** A mutable document plus the claims that keep scenarios in one combined candidate off each other's operations. */
export class DriftDocument {
  private readonly claimed = new Set<string>();
  /** What the current document had: scenarios change those, never what another scenario added. */
  private readonly original: Set<string>;

  constructor(
    readonly document: JsonObject,
    /** The overlay's action targets: schemas a fix-up patches are left alone (the fix-up would hide the change). */
    private readonly overlayTargets: readonly string[],
  ) {
    const schemas = Object.keys((document.components as { schemas?: JsonObject } | undefined)?.schemas ?? {});
    this.original = new Set([...this.operations().map((operation) => operation.key), ...schemas]);
  }

  operations(): OperationMetadata[] {
    return deriveMetadata(this.document).operations;
  }

  /** The first unclaimed operation matching `predicate`, claimed; a clear error when the document has none. */
  claim(scenario: string, description: string, predicate: (operation: OperationMetadata) => boolean) {
    const found = this.operations().find(
      (operation) =>
        this.original.has(operation.key) && !this.claimed.has(operation.key) && predicate(operation),
    );
    if (found === undefined) {
      throw new Error(
        `drift scenario "${scenario}": the current openapi.json has no operation that is ${description}`,
      );
    }
    this.claimed.add(found.key);
    return found;
  }

  /** Claims a name (a component schema, a path) so no other scenario in the same candidate edits it. */
  claimName(name: string): boolean {
    if (this.claimed.has(name) || !this.original.has(name)) return false;
    this.claimed.add(name);
    return true;
  }

  raw(operation: OperationMetadata): JsonObject {
    const item = (this.document.paths as JsonObject)[operation.path] as JsonObject;
    return item[operation.method.toLowerCase()] as JsonObject;
  }

  /** The name of the first security scheme of a kind, or an error naming the scenario that needed it. */
  scheme(scenario: string, kind: 'apiKey' | 'bearer'): string {
    const { securitySchemes } = deriveMetadata(this.document);
    const name = Object.keys(securitySchemes).find((key) => {
      const scheme = securitySchemes[key];
      return kind === 'apiKey'
        ? scheme?.type === 'apiKey'
        : scheme?.type === 'http' && scheme.scheme === 'bearer';
    });
    if (name === undefined)
      throw new Error(`drift scenario "${scenario}": the current openapi.json has no ${kind} scheme`);
    return name;
  }

  /** The component a JSON request body refers to directly (not through a union), if any. */
  requestBodyComponent(operation: OperationMetadata): string | undefined {
    const body = resolveNode(this.document, this.raw(operation).requestBody).node;
    const content = isObject(body.content) ? body.content['application/json'] : undefined;
    return componentName(isObject(content) ? content.schema : undefined);
  }

  component(name: string): JsonObject {
    return (this.document.components as { schemas: Record<string, JsonObject> }).schemas[name] as JsonObject;
  }

  /** A component no fix-up targets, with object properties of its own. */
  isPlainEditable(name: string | undefined): name is string {
    if (name === undefined || !this.original.has(name)) return false;
    if (this.overlayTargets.some((target) => target.includes(name))) return false;
    const schema = this.component(name);
    return (
      isObject(schema.properties) && !('oneOf' in schema) && !('anyOf' in schema) && !('allOf' in schema)
    );
  }

  /** Components reachable from any response or parameter: editing them shows on the response side too. */
  responseSideComponents(): Set<string> {
    const roots: unknown[] = [];
    for (const operation of this.operations()) {
      const raw = this.raw(operation);
      roots.push(raw.responses, raw.parameters);
    }
    return reachableComponents(this.document, roots);
  }
}

export function componentName(schema: unknown): string | undefined {
  if (!isObject(schema) || typeof schema.$ref !== 'string' || !schema.$ref.startsWith(COMPONENT_PREFIX)) {
    return undefined;
  }
  return schema.$ref.slice(COMPONENT_PREFIX.length);
}

/** Every component schema a set of nodes refers to, directly or through other components. */
export function reachableComponents(document: JsonObject, roots: unknown[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...(node as unknown[]));
    if (!isObject(node)) continue;
    const name = componentName(node);
    if (name !== undefined && !found.has(name)) {
      found.add(name);
      pending.push(resolveNode(document, node).node);
    }
    for (const [key, value] of Object.entries(node)) if (key !== '$ref') pending.push(value);
  }
  return found;
}

/** The component behind an envelope's `data` (directly or as the one non-null branch of a union). */
export function dataComponent(document: JsonObject, envelopeSchema: unknown): string | undefined {
  const envelope = resolveNode(document, envelopeSchema).node;
  const data = isObject(envelope.properties) ? envelope.properties.data : undefined;
  const direct = componentName(data);
  if (direct !== undefined || !isObject(data)) return direct;
  const branches = [data.anyOf, data.oneOf].filter(Array.isArray).flat() as unknown[];
  const named = branches.filter((branch) => !(isObject(branch) && branch.type === 'null'));
  return named.length === 1 ? componentName(named[0]) : undefined;
}
