/**
 * `npm run docs`: writes dist/docs/index.html, the offline reference of the fixed spec (scripts/docs/).
 *
 * Usage: npm run docs -- [--out <file>]   (a file ending in .gz is written gzipped: `npm run build` ships the page so)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeFilesAtomically } from './pipeline/write-files.ts';
import { buildReferenceModel } from './docs/reference-model.ts';
import { renderReferencePage } from './docs/render-html.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DOCS_FILE = 'dist/docs/index.html';

/** The page's HTML for the project at `root`. */
export async function referencePageHtml(root: string): Promise<string> {
  return renderReferencePage(await buildReferenceModel({ root }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex === -1 ? DEFAULT_DOCS_FILE : args[outIndex + 1];
  if (out === undefined || args.some((arg, index) => arg.startsWith('-') && index !== outIndex)) {
    process.stderr.write('docs: usage: npm run docs -- [--out <file>]\n');
    process.exit(2);
  }
  const started = performance.now();
  const html = await referencePageHtml(projectRoot);
  const target = path.resolve(process.cwd(), out);
  const bytes = target.endsWith('.gz') ? gzipSync(html, { level: 9 }) : Buffer.from(html);
  await writeFilesAtomically(path.dirname(target), new Map([[path.basename(target), bytes]]));
  const kib = (bytes.length / 1024).toFixed(0);
  process.stdout.write(
    `docs: wrote ${path.relative(process.cwd(), target)} (${kib} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
