// npm run generate: lint openapi.json, apply fixups.overlay.yaml, lint the result, emit generated/.
import { parseArgs } from 'node:util';
import { buildGenerated } from './pipeline/build.ts';
import { formatFinding } from './pipeline/lint.ts';
import { writeFilesAtomically } from './pipeline/write-files.ts';
import { runMain } from './pipeline/run-main.ts';

await runMain(async () => {
  const started = performance.now();
  const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
  const root = values.root;
  const result = await buildGenerated({ root });

  const count = (severity: string) => result.upstreamFindings.filter((f) => f.severity === severity).length;
  console.log(`lint openapi.json (upstream): ${count('error')} errors, ${count('warn')} warnings`);
  for (const finding of result.upstreamFindings) console.log(`  ${formatFinding('openapi.json', finding)}`);
  console.log(`applied ${result.applied.length} fix-ups from fixups.overlay.yaml:`);
  for (const action of result.applied) console.log(`  ${action.target}\n    why: ${action.description}`);
  const warnings = result.fixedFindings.length;
  console.log(`lint fixed spec: 0 errors, ${warnings} warnings (upstream's, left as they are)`);

  const changed = await writeFilesAtomically(root, result.files);
  const operations = result.metadata.operations.length;
  console.log(
    `generated ${result.files.size} files for ${operations} operations (${changed.length ? `updated: ${changed.join(', ')}` : 'all up to date'}) in ${Math.round(performance.now() - started)} ms`,
  );
});
