/**
 * `npm run test:node-versions [22|24|<exact version> …]`: proves the package on the pinned Node releases
 * (scripts/node-versions/pinned.ts; all of them by default). Each comes from the npm registry's `node` package
 * into a cache outside the project (install.ts), then runs the packed-package consumer tests and the client's
 * unit, security and resilience suites on that binary (suites.ts). Prints each version with its result and exits
 * 1 when any failed. The Node running this script (CI's 20.x) is proven by `npm test` and `npm run test:package`.
 */
import { cacheRoot, ensureNode } from './node-versions/install.ts';
import type { NodeInstall } from './node-versions/install.ts';
import { majorOf, PINNED_NODE_VERSIONS } from './node-versions/pinned.ts';
import { runSuite, SUITES } from './node-versions/suites.ts';
import type { SuiteResult } from './node-versions/suites.ts';

interface VersionOutcome {
  version: string;
  /** How the binary was got: "installed in 12.3 s", "reused from the cache", or why it could not be. */
  install: string;
  installed: boolean;
  results: SuiteResult[];
}

/** The pinned versions the arguments name (a major or an exact version); none named means all of them. */
function selectVersions(args: readonly string[]): string[] {
  if (args.length === 0) return [...PINNED_NODE_VERSIONS];
  return args.map((arg) => {
    const match = PINNED_NODE_VERSIONS.find((version) => version === arg || String(majorOf(version)) === arg);
    if (match === undefined) {
      throw new Error(`no pinned Node version matches "${arg}"; pinned: ${PINNED_NODE_VERSIONS.join(', ')}`);
    }
    return match;
  });
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

interface Installed {
  node?: NodeInstall;
  install: string;
}

async function install(version: string): Promise<Installed> {
  const started = performance.now();
  try {
    const node = await ensureNode(version);
    return { node, install: node.reused ? 'reused from the cache' : `installed in ${seconds(started)}` };
  } catch (error) {
    return { install: `install failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function proveVersion(version: string, installing: Promise<Installed>): Promise<VersionOutcome> {
  console.log(`\n--- Node ${version}: from the npm registry's node package, cached in ${cacheRoot()} ---`);
  const { node, install: how } = await installing;
  console.log(`Node ${version}: ${how}`);
  const results: SuiteResult[] = [];
  if (node === undefined) return { version, install: how, installed: false, results };
  for (const suite of SUITES) {
    console.log(`\n--- Node ${version}: ${suite.name} ---`);
    results.push(await runSuite(node, suite));
  }
  return { version, install: how, installed: true, results };
}

const passed = (outcome: VersionOutcome): boolean =>
  outcome.installed && outcome.results.every((result) => result.exitCode === 0);

function summaryLine(outcome: VersionOutcome): string {
  const suites = outcome.results.map(
    ({ suite, exitCode, seconds: taken }) =>
      `${suite} ${exitCode === 0 ? 'passed' : `FAILED (exit ${String(exitCode)})`} in ${taken.toFixed(1)} s`,
  );
  return `  Node ${outcome.version}  ${passed(outcome) ? 'passed' : 'FAILED'}: ${[outcome.install, ...suites].join(', ')}`;
}

let versions: string[];
try {
  versions = selectVersions(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(2);
}
const started = performance.now();
const outcomes: VersionOutcome[] = [];
// Every install starts at once: the later versions download while the first one's suites run.
const installs = versions.map((version) => install(version));
for (const [index, version] of versions.entries())
  outcomes.push(await proveVersion(version, installs[index]!));
console.log(
  `\nNode versions (${process.version}, which runs this script, is proven by npm test and test:package):`,
);
for (const outcome of outcomes) console.log(summaryLine(outcome));
console.log(`  total ${seconds(started)}`);
if (!outcomes.every(passed)) process.exitCode = 1;
