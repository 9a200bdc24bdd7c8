// Ids for path parameters, taken from what a list operation answered: the first item of the first list of
// objects in the body (`data`, `data.results`, …), its field named like the parameter, else its `id`.

/** The id for `name` in a list answer's body, or undefined when it holds no item with one. */
export function idFromList(body: unknown, name: string): string | undefined {
  const item = firstListItem(body, 0);
  if (item === undefined) return undefined;
  for (const field of [name, 'id']) {
    const value = item[field];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

function firstListItem(node: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 4 || typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    const [first] = node as unknown[];
    return typeof first === 'object' && first !== null && !Array.isArray(first)
      ? (first as Record<string, unknown>)
      : undefined;
  }
  const record = node as Record<string, unknown>;
  // The envelope's data first, then a page's results, then any other field.
  const keys = [
    'data',
    'results',
    ...Object.keys(record).filter((key) => key !== 'data' && key !== 'results'),
  ];
  for (const key of keys) {
    const found = firstListItem(record[key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The id a create answered for the item parameter `name`: the field named like it, else `id`, in the envelope's
 * `data` object or the body itself. Only this id is ever sent to the item's update and delete.
 */
export function idFromCreated(body: unknown, name: string): string | undefined {
  const record = asRecord(body);
  for (const item of [asRecord(record?.data), record]) {
    for (const field of [name, 'id']) {
      const value = item?.[field];
      if (typeof value === 'string' && value !== '') return value;
      if (typeof value === 'number') return String(value);
    }
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
