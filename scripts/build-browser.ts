/**
 * Bundles the client for pages that import it directly: one minified ES module with openapi-fetch inlined, so a
 * `<script type="module">` can load it without an import map. The packaging step reuses this exact file for the
 * package's `./browser` export and the size budget.
 *
 * Usage: node --import tsx scripts/build-browser.ts [outFile]
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run build:browser` writes the bundle. */
export const BROWSER_BUNDLE_PATH = resolve(projectRoot, 'dist/browser/liveavatar-client.js');

export interface BrowserBundleResult {
  outFile: string;
  bytes: number;
}

/**
 * Builds src/index.ts into one browser ES module and returns its path and size. No source map: it would be the
 * largest file of the package (139 kB, with the sources inlined, since the package ships no src/), and every
 * backend install carries the package (1 MiB budget, `npm run size`); the readable ESM entries are there to debug.
 */
export async function buildBrowserBundle(
  outFile: string = BROWSER_BUNDLE_PATH,
): Promise<BrowserBundleResult> {
  const absoluteOutFile = resolve(outFile);
  await mkdir(dirname(absoluteOutFile), { recursive: true });
  await build({
    entryPoints: [resolve(projectRoot, 'src/index.ts')],
    outfile: absoluteOutFile,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
    legalComments: 'none',
  });
  return { outFile: absoluteOutFile, bytes: (await stat(absoluteOutFile)).size };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const { outFile, bytes } = await buildBrowserBundle(process.argv[2]);
  console.log(`browser bundle: ${relative(process.cwd(), outFile)} (${(bytes / 1024).toFixed(1)} KiB)`);
}
