// Which fix-ups (fixups.overlay.yaml actions) touch an operation: an action whose matched nodes lie inside the
// operation, or inside anything the operation reaches through `$ref` (its parameters, bodies and responses,
// transitively). Derived from the overlay's own matches, so a new fix-up or operation needs no edit here.
import type { AppliedAction } from '../pipeline/overlay.ts';
import { pointerFromSegments, resolvePointer } from '../pipeline/json-pointer.ts';

export interface TouchingFixup {
  description: string;
  target: string;
}

/** `$['components']['schemas']['X']` (RFC 9535 normalized path) → `#/components/schemas/X`. */
export function pointerOfNormalizedPath(normalized: string): string {
  const segments: (string | number)[] = [];
  for (const [, quoted, index] of normalized.matchAll(/\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/g)) {
    segments.push(index === undefined ? unescapeKey(quoted ?? '') : Number(index));
  }
  return pointerFromSegments(segments);
}

/** Normalized-path keys use JSON's escapes, plus `\'` for an apostrophe. */
function unescapeKey(key: string): string {
  return JSON.parse(`"${key.replaceAll("\\'", "'").replaceAll('"', '\\"')}"`) as string;
}

/** Every location (JSON pointer) the operation at `path`/`method` consists of or reaches through `$ref`. */
export function reachedLocations(spec: unknown, path: string, method: string): Set<string> {
  const start = [
    pointerFromSegments(['paths', path, method]),
    `${pointerFromSegments(['paths', path])}/parameters`,
  ];
  const reached = new Set<string>();
  const pending = [...start];
  while (pending.length > 0) {
    const pointer = pending.pop() as string;
    if (reached.has(pointer)) continue;
    reached.add(pointer);
    collectRefs(resolvePointer(spec, pointer), pending);
  }
  return reached;
}

function collectRefs(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) into.push(value);
      else collectRefs(value, into);
    }
  }
}

/** The applied actions (in overlay order) with a match inside, or around, a location the operation reaches. */
export function fixupsTouching(
  applied: readonly AppliedAction[],
  reached: ReadonlySet<string>,
): TouchingFixup[] {
  const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}/`);
  return applied
    .filter(({ matched }) =>
      matched
        .map(pointerOfNormalizedPath)
        .some((match) => [...reached].some((location) => within(match, location) || within(location, match))),
    )
    .map(({ description, target }) => ({ description, target }));
}
