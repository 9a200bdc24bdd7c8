import { defineConfig } from 'vitest/config';
import './test/setup/time-zone.ts';

/**
 * Two projects, chosen by file name so a new test file lands in the right one without an edit here
 * (DEVELOPERS.md, "Test files and the two projects"):
 * - `child-processes`: `*.process.test.ts`, the files that start processes of their own (Prism, the CLIs, tsx
 *   children) to prove what only a real process can: an exit code, a signal, a port, no process left behind.
 *   Each runs in a fresh worker.
 * - `in-process`: every other `*.test.ts`. They share a worker and its module cache (no fresh process per file,
 *   which cost more than most files' tests); test/setup/shared-worker.ts restores timers, mocks, globals and
 *   process.env after each file. They may call the shared Prism (inject('prismUrl')).
 * Type tests are not here: they run in `npm run test:types` (vitest.types.config.ts), which CI runs after this:
 * the `*.test-d.ts` files (npm run check's tsc covers them too) and the `*.tsc.test.ts` files, which run the
 * TypeScript compiler on generated snippets (about 15 s of CPU in all, a ninth of this run's).
 */
const PROCESS_TESTS = 'test/**/*.process.test.ts';
// test/browser: headless Chromium (npm run test:browser); test/package: build + pack + install + tsc,
// over 30 s on 2 cores (npm run test:package); *.tsc.test.ts: npm run test:types.
const NOT_HERE = [
  '**/node_modules/**',
  '**/.git/**',
  'test/browser/**',
  'test/package/**',
  'test/**/*.tsc.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Two workers on the 2-core machine (vitest's default would be one: cores − 1).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'child-processes',
          include: [PROCESS_TESTS],
          exclude: NOT_HERE,
        },
      },
      {
        extends: true,
        test: {
          name: 'in-process',
          include: ['test/**/*.test.ts'],
          exclude: [...NOT_HERE, PROCESS_TESTS],
          isolate: false,
          setupFiles: ['test/setup/shared-worker.ts'],
          // One Prism for the main spec, shared by all test files (inject('prismUrl')).
          globalSetup: ['test/setup/prism-global-setup.ts'],
        },
      },
    ],
  },
});
