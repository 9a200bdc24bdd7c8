// Contract tests of the LiveAvatar client against Prism mocking the same fixed spec: every operation in the
// generated metadata, a request built from its schemas, the facade's answer checked against them.
import { inject } from 'vitest';
import { apiMetadata } from '../../generated/operations.ts';
import { createLiveAvatarClient } from '../../src/index.ts';
import { defineContractSuite } from '../support/contract-suite.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import { loadSpec } from '../support/spec.ts';

const spec = await loadSpec(new URL('../../generated/openapi.fixed.json', import.meta.url).pathname);

defineContractSuite({
  name: 'LiveAvatar',
  operations: apiMetadata.operations,
  target: {
    spec,
    validator: createSchemaValidator(spec),
    securitySchemes: apiMetadata.securitySchemes,
    createClient: createLiveAvatarClient,
  },
  baseUrl: () => inject('prismUrl'),
});
