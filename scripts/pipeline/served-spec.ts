// generated/openapi.fixed.json as Prism serves it: the fixed spec plus a mock example for every JSON response.
// Generating and loading the example generators costs more than the rest of an unchanged `generate`, so, like
// schema.d.ts, the file records a hash of what it depends on (the fixed spec, the generator code and libraries)
// and `generate` reuses it while that matches.
// `npm run check:generated` never reuses: it regenerates and compares, so a hand edit is still caught.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** Root-level extension holding the input hash; Prism, Redocly and openapi-typescript ignore `x-` keys. */
export const SERVED_STAMP_KEY = 'x-mock-examples';

/** The modules that make the examples (this one defines the stamp), and the generators' entry modules. */
const GENERATOR_FILES = [
  './served-spec.ts',
  './mock-examples.ts',
  './mock-schema.ts',
  './mock-values.ts',
  './mock-pairs.ts',
  './mock-validation-errors.ts',
  './mock-envelope-alternative.ts',
  './mock-example-check.ts',
].map((file) => new URL(file, import.meta.url));
const GENERATOR_MODULES = ['json-schema-faker', '@faker-js/faker/locale/en'];

export interface ServedSpec {
  text: string;
  /** JSON responses that received a generated example; undefined when the file was reused as it was. */
  examples: number | undefined;
}

/** Hash of the fixed spec (after the overlay) and of everything that turns it into examples. */
export async function servedSpecKey(fixed: unknown): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(fixed));
  const libraries = GENERATOR_MODULES.map((name) => new URL(import.meta.resolve(name)));
  for (const file of [...GENERATOR_FILES, ...libraries]) {
    hash.update('\0');
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

/** The existing file's text when it was generated from exactly these inputs, else undefined. */
export async function reusableServedSpec(file: string, key: string): Promise<ServedSpec | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let stamp: unknown;
  try {
    stamp = (JSON.parse(text) as Record<string, unknown>)[SERVED_STAMP_KEY];
  } catch {
    return undefined;
  }
  const recorded =
    typeof stamp === 'object' && stamp !== null ? Reflect.get(stamp, 'inputsSha256') : undefined;
  return recorded === key ? { text, examples: undefined } : undefined;
}

/** Adds the mock examples (the generators load only here) and stamps the result with its input hash. */
export async function renderServedSpec(fixed: unknown, label: string, key: string): Promise<ServedSpec> {
  const { addMockExamples } = await import('./mock-examples.ts');
  const { document, added } = addMockExamples(fixed as Record<string, unknown>, label);
  const stamp = { generator: 'npm run generate (scripts/pipeline/mock-examples.ts)', inputsSha256: key };
  return {
    text: `${JSON.stringify({ ...document, [SERVED_STAMP_KEY]: stamp }, null, 2)}\n`,
    examples: added,
  };
}
