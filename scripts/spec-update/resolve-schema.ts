import { resolvePointer } from '../pipeline/json-pointer.ts';

export type JsonObject = Record<string, unknown>;

export interface ResolvedNode {
  /** The node with its `$ref` chain followed; sibling keywords next to a `$ref` (allowed in 3.1) are kept. */
  node: JsonObject;
  /** Last component name followed, e.g. `CreateSecretRequestSchema`; undefined for an inline node. */
  refName: string | undefined;
  /** The document object behind the node; the same object whenever the same schema is reached again (cycle guard). */
  identity: object;
}

const MAX_REF_HOPS = 32;

/** Follows local `$ref`s (validate-openapi.ts has made sure they resolve); anything unresolvable becomes `{}`. */
export function resolveNode(document: unknown, raw: unknown): ResolvedNode {
  let current: unknown = raw;
  let refName: string | undefined;
  const siblings: JsonObject[] = [];
  for (let hops = 0; hops < MAX_REF_HOPS && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const { $ref: ref, ...rest } = current;
    if (Object.keys(rest).length > 0) siblings.unshift(rest);
    refName = ref.split('/').pop();
    current = resolvePointer(document, ref);
  }
  const target = isObject(current) && typeof current.$ref !== 'string' ? current : {};
  return {
    node: siblings.length > 0 ? Object.assign({}, target, ...siblings) : target,
    refName,
    identity: target,
  };
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
