// npm run check:generated: fail when generated/ differs from what openapi.json + fix-ups produce.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGenerated } from './pipeline/build.ts';
import { PipelineError } from './pipeline/errors.ts';
import { runMain } from './pipeline/run-main.ts';

await runMain(async () => {
  const root = process.cwd();
  const { files } = await buildGenerated({ root });
  const stale: string[] = [];
  for (const [relative, expected] of files) {
    const actual = await readFile(path.resolve(root, relative), 'utf8').catch(() => undefined);
    if (actual !== expected) stale.push(actual === undefined ? `${relative} (missing)` : relative);
  }
  if (stale.length > 0) {
    throw new PipelineError(
      'generated/',
      '',
      `stale: ${stale.join(', ')} no longer match openapi.json + fixups.overlay.yaml. Run \`npm run generate\` and commit the result.`,
    );
  }
  console.log(`generated/ is up to date (${files.size} files)`);
});
