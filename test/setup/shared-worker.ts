/**
 * Setup file of the `in-process` project (vitest.config.ts), whose test files share a worker and its module
 * cache instead of a fresh process each. What a file may change in that shared process is put back when the
 * file ends, so the next file starts as it would in a fresh worker: real timers, no spies, no stubbed globals or
 * environment variables, process.env as it was. (Files that start processes, and so may leave process-wide
 * handlers behind, are `*.process.test.ts` and get a worker of their own.)
 */
import { afterAll, beforeAll, vi } from 'vitest';

let environment: NodeJS.ProcessEnv = {};

beforeAll(() => {
  environment = { ...process.env };
});

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  for (const name of Object.keys(process.env)) {
    if (!(name in environment)) Reflect.deleteProperty(process.env, name);
  }
  Object.assign(process.env, environment);
});
