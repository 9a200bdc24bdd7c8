// Every generated mock example must validate against its response schema (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1, with formats): Ajv, compiled once against the whole document so every `$ref` resolves.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PipelineError } from './errors.ts';

const DOCUMENT_ID = 'urn:liveavatar:served-spec';

export interface ExampleToCheck {
  /** JSON pointer of the media type (`#/paths/…/content/application~1json`). */
  pointer: string;
  /** The example's name under the media type's `examples`. */
  name: string;
  value: unknown;
}

/** Throws a PipelineError naming the first example that breaks its schema, and where inside it. */
export function assertExamplesValid(document: object, examples: ExampleToCheck[], label: string): void {
  // strict: false: OpenAPI adds keywords Ajv does not know. Each schema is compiled once (no inlined refs) and run
  // once, so code optimisation would not pay for itself.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    validateSchema: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  addFormats.default(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  for (const { pointer, name, value } of examples) {
    const validate = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}/schema` });
    if (validate(value)) continue;
    const [error] = validate.errors ?? [];
    throw new PipelineError(
      label,
      `${pointer}/examples/${name}/value${error?.instancePath ?? ''}`,
      `generated mock example breaks its schema: ${error?.message ?? 'invalid'} (${error?.schemaPath ?? ''})`,
    );
  }
}
