// liveavatar-client/validate's `validateResponses` binds the validators generated from today's spec: each
// operation and status of that table is checked (a body that is not JSON fails whatever the schema says), and
// options reach the middleware. Operations come from the generated table, never named here (the test rule).
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { responseValidators } from '../../generated/response-validators.js';
import { ResponseValidationError, validateResponses } from '../../src/validate.ts';

type OnResponse = NonNullable<Middleware['onResponse']>;

function answer(middleware: Middleware, key: string, status: number) {
  const [method = '', schemaPath = ''] = key.split(' ');
  const request = new Request(`https://api.example.test${schemaPath}`, { method });
  const response = new Response('<html>oops</html>', { status });
  const onResponse = middleware.onResponse as OnResponse;
  return Promise.resolve(onResponse({ request, response, schemaPath } as Parameters<OnResponse>[0]));
}

describe('validateResponses', () => {
  const checked = Object.entries(responseValidators).flatMap(([key, byStatus]) =>
    Object.keys(byStatus).map((status) => ({ key, status: Number(status) })),
  );

  it('checks every operation and status of the generated table', async () => {
    expect(checked.length).toBeGreaterThan(0);
    const middleware = validateResponses();
    for (const { key, status } of checked) {
      const error = await answer(middleware, key, status).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as Error).message.startsWith(`${key}: HTTP ${status} `)).toBe(true);
    }
  });

  it('passes its options on', async () => {
    expect(() => validateResponses({ onInvalid: 'ignore' as 'warn' })).toThrow(TypeError);
    const [first] = checked;
    if (first === undefined) throw new Error('the generated table has no validator');
    const warned: string[] = [];
    const middleware = validateResponses({
      onInvalid: 'warn',
      logger: { warn: (message) => warned.push(message) },
    });
    const replay = await answer(middleware, first.key, first.status);
    expect(replay).toBeInstanceOf(Response);
    expect(warned).toHaveLength(1);
  });
});
