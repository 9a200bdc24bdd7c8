// generated/response-validators.js: one compiled JSON Schema validator per success response with a JSON body, for
// `liveavatar-client/validate`. Compiled here, at generate time, with Ajv's standalone code (JSON Schema 2020-12,
// the dialect of OpenAPI 3.1), then bundled with esbuild into one self-contained module: the entry needs neither
// Ajv nor its compiler at run time (no `new Function`, so it works under a strict Content-Security-Policy), and
// the first call pays no compile time. Measured against loading Ajv lazily: see README "Checking the live API".
// Like schema.d.ts, the file records a hash of its inputs, and `generate` reuses it while that matches.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GENERATED_HEADER } from './emit.ts';
import { successJsonSchemas } from './response-schemas.ts';

export const VALIDATORS_FILE = 'generated/response-validators.js';
export const VALIDATORS_TYPES_FILE = 'generated/response-validators.d.ts';

const STAMP_PREFIX = '// validators input sha256: ';
/** The id the whole spec is registered under, so every `#/components/…` $ref resolves. */
const SPEC_ID = 'urn:liveavatar:openapi';
const LIBRARIES = ['ajv', 'ajv-formats', 'esbuild'];

/** Hash of the fixed spec and of everything that turns it into validators (this module, the libraries). */
export async function validatorsKey(fixed: unknown): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(fixed));
  const files = [
    new URL(import.meta.url),
    new URL('./response-schemas.ts', import.meta.url),
    ...LIBRARIES.map((name) => new URL(import.meta.resolve(`${name}/package.json`))),
  ];
  for (const file of files) hash.update('\0').update(await readFile(file));
  return hash.digest('hex');
}

/** The existing file's text when it was generated from exactly these inputs, else undefined. */
export async function reusableValidators(file: string, key: string): Promise<string | undefined> {
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  return existing?.startsWith(`${STAMP_PREFIX}${key}\n`) ? existing : undefined;
}

/**
 * The module's source: `responseValidators[operationKey][status]` is a validate function in Ajv's shape
 * (returns a boolean, leaves `errors` on itself). Only the first error is kept (`allErrors: false`): the
 * middleware reports one problem per response, and stopping early keeps a call cheap.
 */
export async function renderValidators(fixed: Record<string, unknown>, key: string): Promise<string> {
  // Loaded only when the validators are regenerated: an unchanged `generate` reuses the file.
  const [{ _ }, { Ajv2020 }, { default: standalone }, { default: addFormats }] = await Promise.all([
    import('ajv'),
    import('ajv/dist/2020.js'),
    import('ajv/dist/standalone/index.js'),
    import('ajv-formats'),
  ]);
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    validateSchema: false,
    inlineRefs: false,
    code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats.default(ajv);
  ajv.addSchema({ ...fixed, paths: {} }, SPEC_ID);
  const table: Record<string, Record<string, string>> = {};
  const exports: Record<string, string> = {};
  for (const { operation, status, schema } of successJsonSchemas(fixed, SPEC_ID)) {
    const name = `v${Object.keys(exports).length}`;
    exports[name] = name;
    ajv.addSchema({ $id: name, allOf: [schema] });
    (table[operation] ??= {})[status] = name;
  }
  const source = `${standalone.default(ajv, exports)}\nexport const responseValidators = ${tableSource(table)};\n`;
  return `${STAMP_PREFIX}${key}\n${GENERATED_HEADER}// @ts-nocheck\n${await bundle(source)}`;
}

/** The types of the module (self-contained, so a fixture's generated/ needs nothing from src/). */
export function renderValidatorTypes(): string {
  return `${GENERATED_HEADER}
/** One of Ajv's errors: where in the body (\`instancePath\`, a JSON pointer), which rule, and its details. */
export interface GeneratedValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** An Ajv standalone validate function: true when valid; otherwise \`errors\` holds the first problem. */
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: GeneratedValidationError[] | null;
}

/** Operation key (\`GET /v1/avatars\`) → success status → validator of the whole response body. */
export declare const responseValidators: Readonly<
  Record<string, Readonly<Record<string, GeneratedValidator>>>
>;
`;
}

function tableSource(table: Record<string, Record<string, string>>): string {
  const rows = Object.entries(table).map(([operation, statuses]) => {
    const entries = Object.entries(statuses).map(([status, name]) => `${JSON.stringify(status)}: ${name}`);
    return `  ${JSON.stringify(operation)}: { ${entries.join(', ')} }`;
  });
  return `{\n${rows.join(',\n')}\n}`;
}

/** Inlines Ajv's run-time helpers and the formats into the module, so it imports nothing. */
async function bundle(source: string): Promise<string> {
  const { build } = await import('esbuild');
  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const result = await build({
    stdin: { contents: source, resolveDir: projectRoot, sourcefile: 'response-validators.js', loader: 'js' },
    absWorkingDir: projectRoot,
    bundle: true,
    // Paths as the project sees them (node_modules/ajv/…), so the output does not depend on where a linked
    // node_modules really lives (test:drift's clones link the project's packages).
    preserveSymlinks: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild produced no validator module');
  return output.text;
}
