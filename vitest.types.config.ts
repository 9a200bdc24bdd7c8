import { defineConfig } from 'vitest/config';

// `npm run test:types`: the type tests (`expectTypeOf`, `@ts-expect-error`) with vitest's per-test report. Not
// part of `npm test`: `npm run check`'s tsc already type-checks these files, and this run adds ~10 s.
export default defineConfig({
  test: {
    include: [],
    typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
