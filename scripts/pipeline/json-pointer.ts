/** RFC 6901 JSON Pointer helpers used to name locations in error messages and metadata. */
export function pointerFromSegments(segments: readonly (string | number)[]): string {
  return '#/' + segments.map((s) => String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

/** Resolves a local `#/…` pointer; returns undefined when any segment is missing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '#' || pointer === '#/') return document;
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows local `$ref`s from node to what they name (at most 32 hops, so a cycle ends); `{}` where nothing is. */
export function deref(document: unknown, node: unknown): Record<string, unknown> {
  let current = node;
  for (let hops = 0; hops < 32 && isRef(current); hops++) current = resolvePointer(document, current.$ref);
  return (current ?? {}) as Record<string, unknown>;
}

function isRef(node: unknown): node is { $ref: string } {
  return (
    typeof node === 'object' && node !== null && typeof (node as Record<string, unknown>).$ref === 'string'
  );
}
