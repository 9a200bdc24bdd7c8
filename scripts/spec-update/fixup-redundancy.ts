import { isDeepStrictEqual } from 'node:util';
import { query } from 'jsonpath-rfc9535';
import type { JsonValue } from 'jsonpath-rfc9535';
import type { OverlayAction } from '../pipeline/overlay.ts';

/**
 * Whether upstream already has what an `update` fix-up adds: every node the target matches contains the update
 * (objects key by key, arrays element by element). Such a fix-up changes nothing, or only duplicates array
 * entries (`required: [mode, mode]`), so it is no longer needed. A `remove` fix-up whose target still matches
 * still removes something, so it is never redundant; a target matching nothing is the applier's error, not this.
 */
export function upstreamHasFix(document: unknown, action: OverlayAction): boolean {
  if (action.remove === true || action.update === undefined) return false;
  let nodes: JsonValue[];
  try {
    nodes = query(document as JsonValue, action.target);
  } catch {
    return false;
  }
  const update = action.update;
  return (
    nodes.length > 0 &&
    nodes.every((node) =>
      // An array target receives the update as one more element (Overlay 1.0).
      Array.isArray(node)
        ? node.some((element) => isDeepStrictEqual(element, update))
        : contains(node, update),
    )
  );
}

function contains(node: unknown, update: unknown): boolean {
  if (isObject(update)) {
    return isObject(node) && Object.entries(update).every(([key, value]) => contains(node[key], value));
  }
  if (Array.isArray(update)) {
    return (
      Array.isArray(node) &&
      update.every((wanted) => node.some((element) => isDeepStrictEqual(element, wanted)))
    );
  }
  return isDeepStrictEqual(node, update);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
