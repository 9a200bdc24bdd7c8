/**
 * src/msw/mock-data.ts: the generated lifecycle is handed on as is, and a spec in which the generator found no
 * lifecycle fails with the generator's reason (generated/mock-data.ts mocked for that case).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The workers share their module cache between files (and shuffled tests run in any order): start each test on
// fresh modules so the import below evaluates src/msw/mock-data.ts against this test's generated/mock-data.ts.
beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.doUnmock('../../generated/mock-data.ts');
  vi.resetModules();
});

describe('lifecycleRoutes', () => {
  it('returns the lifecycle the generator found', async () => {
    const { lifecycleRoutes } = await import('../../src/msw/mock-data.ts');
    const { mockLifecycle } = await import('../../generated/mock-data.ts');
    expect(lifecycleRoutes()).toStrictEqual(mockLifecycle);
  });

  it('throws a LifecycleRouteError with the generator’s reason when the spec has no lifecycle', async () => {
    const reason = 'no operation answers a session token';
    vi.doMock('../../generated/mock-data.ts', () => ({
      mockLifecycle: { error: reason },
      mockOperations: [],
    }));
    const { lifecycleRoutes } = await import('../../src/msw/mock-data.ts');
    expect(() => lifecycleRoutes()).toThrow(
      expect.objectContaining({ name: 'LifecycleRouteError', message: reason }) as Error,
    );
  });
});
