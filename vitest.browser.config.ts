import { defineConfig } from 'vitest/config';

// `npm run test:browser`: real headless Chromium against the mock. Kept out of `npm test` (see vitest.config.ts).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one mock at a time on a 2-core machine.
    fileParallelism: false,
  },
});
