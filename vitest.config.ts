import { defineConfig } from 'vitest/config';
import './test/setup/time-zone.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.git/**', 'test/browser/**', 'test/package/**'],
    // test/browser: headless Chromium (npm run test:browser); test/package: build + pack + install + tsc,
    // over 30 s on 2 cores (npm run test:package).
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 20_000,
    // One Prism for the main spec, shared by all test files (inject('prismUrl')).
    globalSetup: ['test/setup/prism-global-setup.ts'],
  },
});
