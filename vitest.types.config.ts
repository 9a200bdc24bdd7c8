import { defineConfig } from 'vitest/config';

/**
 * `npm run test:types`: what the TypeScript compiler says about the client's types, in two projects. Not part of
 * `npm test` (they would add about 15 s of CPU to it); CI runs this right after it, and test:drift's maintainer
 * flow runs the compiler project on every drifted spec (the type assertions there are covered by its
 * `npm run check`).
 * - `type-tests`: `*.test-d.ts` (`expectTypeOf`, `@ts-expect-error`) in vitest's typecheck mode, with a per-test
 *   report; `npm run check`'s tsc type-checks the same files.
 * - `compiler`: `*.tsc.test.ts`, runtime tests that run TypeScript's language service on generated snippets
 *   (diagnostics, completions, hover text) and assert on what it reports.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'type-tests',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        test: {
          name: 'compiler',
          include: ['test/**/*.tsc.test.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
