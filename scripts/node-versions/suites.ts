/**
 * What runs on each Node version: the packed-package consumer tests (`npm run test:package`: build, pack, install
 * the tarball into a fresh project, strict tsc, calls against Prism) and the client's unit, security and
 * resilience suites. Vitest runs on the version's own binary, and that binary's directory comes first on PATH, so
 * everything the tests start (Prism, tsc, the consumer's scripts, npm and the build it runs) runs on it too.
 */
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeInstall } from './install.ts';
import { childEnvironment, runInherited } from './process.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITEST_ENTRY = join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');

export interface Suite {
  name: string;
  vitestArgs: readonly string[];
}

export const SUITES: readonly Suite[] = [
  { name: 'test:package', vitestArgs: ['run', '--config', 'test/package/vitest.config.ts'] },
  { name: 'unit+security+resilience', vitestArgs: ['run', 'test/unit', 'test/security', 'test/resilience'] },
];

export interface SuiteResult {
  suite: string;
  exitCode: number;
  seconds: number;
}

export async function runSuite(node: NodeInstall, suite: Suite): Promise<SuiteResult> {
  const environment = childEnvironment();
  environment.PATH = [node.binDirectory, environment.PATH].filter(Boolean).join(delimiter);
  const started = performance.now();
  const exitCode = await runInherited(node.nodePath, [VITEST_ENTRY, ...suite.vitestArgs], {
    cwd: REPO_ROOT,
    env: environment,
  });
  return { suite: suite.name, exitCode, seconds: (performance.now() - started) / 1000 };
}
