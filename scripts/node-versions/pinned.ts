/**
 * The Node releases `npm run test:node-versions` proves the package on, besides the Node that runs the rest of
 * CI (20.x). Exact versions, so a run is reproducible: the latest 22.x and 24.x published as the npm registry's
 * `node` package (`npm view node versions`) when they were last bumped. README ("Node versions") and `engines`
 * in package.json name the same majors; test/node-versions/stated-versions.test.ts keeps them in step.
 */
export const PINNED_NODE_VERSIONS = ['22.23.3', '24.21.0'] as const;

export type PinnedNodeVersion = (typeof PINNED_NODE_VERSIONS)[number];

/** The major of a version string: 22 for "22.23.3" or "v22.23.3". */
export function majorOf(version: string): number {
  return Number(/^v?(\d+)\./.exec(version)?.[1] ?? Number.NaN);
}
