// JSON Schema validation of values against schemas inside the fixed spec, with Ajv's 2020-12 dialect (the one
// OpenAPI 3.1 uses). The whole document is registered once, so every `#/components/…` $ref resolves.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { locate } from './spec.ts';
import type { OpenApiDocument } from './spec.ts';

const SPEC_ID = 'urn:contract-test:openapi';

export interface SchemaValidator {
  /** Ajv's errors for `value` against the schema at `pointer` (`#/components/schemas/X`, …); [] when valid. */
  errors(pointer: string, value: unknown): ErrorObject[];
}

export function createSchemaValidator(spec: OpenApiDocument): SchemaValidator {
  // strict: false because OpenAPI adds keywords Ajv does not know (discriminator, example, xml, …).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema(spec, SPEC_ID);
  const compiled = new Map<string, ValidateFunction>();
  return {
    errors(pointer, value) {
      let validate = compiled.get(pointer);
      if (!validate) {
        // Ajv resolves a pointer literally, so one that passes through a $ref is made canonical first.
        validate = ajv.compile({ $ref: `${SPEC_ID}${locate(spec, pointer).pointer}` });
        compiled.set(pointer, validate);
      }
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
  };
}

export function describeErrors(errors: ErrorObject[]): string {
  return errors
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`)
    .join('; ');
}
