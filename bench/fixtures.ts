// The one operation every benchmark case sends, so the cases differ only in the client code under test. It is
// the frozen November 2026 fixture's (test/fixtures/liveavatar-2026-11), so an upstream update cannot remove it.
import type { FrozenPaths as paths } from '../test/support/frozen-api.ts';

export const BENCH_API_KEY = 'bench-api-key-not-a-secret';
export const OPERATION_PATH = '/v1/secrets';

type CreateSecretBody = paths['/v1/secrets']['post']['requestBody']['content']['application/json'];

export const CREATE_SECRET_BODY: CreateSecretBody = {
  secret_name: 'bench-openai-key',
  secret_value: 'sk-bench-value-0123456789abcdef',
  secret_type: 'OPENAI_API_KEY',
};

/** The {code, data, message} envelope LiveAvatar answers POST /v1/secrets with. */
export const CREATE_SECRET_ENVELOPE = {
  code: 100,
  data: { id: 'b6a1e2c4-6f0e-4f4c-9a53-1f2d3c4b5a69', secret_name: 'bench-openai-key' },
  message: 'Secret created',
};
