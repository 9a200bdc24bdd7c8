import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:package`: build, pack and consume the package. Kept out of `npm test` (vitest.config.ts
// excludes test/package): it builds, installs from the registry and runs tsc twice, ~16 s of CPU, which took
// 31-45 s of wall time on the shared 2-core machine.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../', import.meta.url)),
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
