// npm run generate: lint openapi.json, apply fixups.overlay.yaml, lint the result, emit generated/.
import { parseArgs } from 'node:util';
import { buildGenerated } from './pipeline/build.ts';
import type { PipelineResult } from './pipeline/build.ts';
import { formatFinding } from './pipeline/lint.ts';
import { writeFilesAtomically } from './pipeline/write-files.ts';
import { isMainModule, runMain } from './pipeline/run-main.ts';

/** Runs the pipeline for a project root and writes generated/ only if every step succeeded. */
export async function generate(
  root: string,
  print: (line: string) => void = console.log,
): Promise<PipelineResult & { changed: string[] }> {
  const started = performance.now();
  const result = await buildGenerated({ root, reuse: true });

  const count = (severity: string) => result.upstreamFindings.filter((f) => f.severity === severity).length;
  print(`lint openapi.json (upstream): ${count('error')} errors, ${count('warn')} warnings`);
  for (const finding of result.upstreamFindings) print(`  ${formatFinding('openapi.json', finding)}`);
  print(`applied ${result.applied.length} fix-ups from fixups.overlay.yaml:`);
  for (const action of result.applied) print(`  ${action.target}\n    why: ${action.description}`);
  print(
    result.mockExamples === undefined
      ? 'mock examples: reused (inputs unchanged)'
      : `mock examples: generated for ${result.mockExamples} JSON responses`,
  );
  print(`lint fixed spec: 0 errors, ${result.fixedFindings.length} warnings (upstream's, left as they are)`);

  const changed = await writeFilesAtomically(root, result.files);
  print(
    `generated ${result.files.size} files for ${result.metadata.operations.length} operations ` +
      `(${changed.length ? `updated: ${changed.join(', ')}` : 'all up to date'}) in ${Math.round(performance.now() - started)} ms`,
  );
  return { ...result, changed };
}

if (isMainModule(import.meta.url)) {
  await runMain(async () => {
    const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
    await generate(values.root);
  });
}
