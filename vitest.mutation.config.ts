import { defineConfig } from 'vitest/config';
import './test/setup/time-zone.ts';

// `npm run test:mutation` (Stryker) runs these: every test that exercises src/ in-process, without Prism, a
// child process or a type check, so one mutant costs a few seconds.
export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/security/**/*.test.ts',
      'test/resilience/**/*.test.ts',
      // liveavatar-client/msw under msw/node, in-process: it covers src/msw and src/mock.
      'test/msw/**/*.test.ts',
    ],
    exclude: [
      '**/node_modules/**',
      // Files that start processes (the 500-call load test among them): a child would load src/ without
      // Stryker's active mutant.
      '**/*.process.test.ts',
    ],
    testTimeout: 20_000,
    // Each mutant reruns the tests that cover it; 100 generated scenarios (npm test runs 500) keep that short.
    env: { PROPERTY_RUNS: '100' },
  },
});
