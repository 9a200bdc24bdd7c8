// npm run spec:pull: fetch the upstream OpenAPI document, report what changed, and replace openapi.json unless
// the change breaks clients. See scripts/spec-update/pull.ts for the flow.
import { parseArgs } from 'node:util';
import { PipelineError } from './pipeline/errors.ts';
import { runMain } from './pipeline/run-main.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_SPEC_URL } from './spec-update/fetch-spec.ts';
import { pullSpec } from './spec-update/pull.ts';

const USAGE = `usage: npm run spec:pull -- [--from <url|file>] [--report <file>] [--accept-breaking] [--dry-run]
                        [--keep-fixups] [--timeout <ms>] [--root <dir>] [--target <file>] [--overlay <file>]`;

await runMain(async () => {
  const options = parseOptions();
  const result = await pullSpec(options);
  console.log(result.report);
  console.log(`report written to ${options.report}`);
  const breaking = result.comparison.breaking.length;
  if (breaking > 0 && !options.acceptBreaking) {
    throw new PipelineError(
      options.target,
      '',
      `${breaking} breaking change${breaking === 1 ? '' : 's'} for clients in ${result.source}; ` +
        `${options.target} ${options.dryRun ? 'not written (dry run)' : 'left unchanged'}. ` +
        `Review ${options.report}, then re-run with --accept-breaking to take them.`,
    );
  }
});

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: 'string', default: DEFAULT_SPEC_URL },
        report: { type: 'string', default: 'spec-changes.md' },
        'accept-breaking': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'keep-fixups': { type: 'boolean', default: false },
        timeout: { type: 'string', default: String(DEFAULT_FETCH_TIMEOUT_MS) },
        root: { type: 'string', default: process.cwd() },
        target: { type: 'string', default: 'openapi.json' },
        overlay: { type: 'string', default: 'fixups.overlay.yaml' },
      },
    }));
  } catch (error) {
    throw new PipelineError('spec:pull', '', `${(error as Error).message}\n${USAGE}`);
  }
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new PipelineError(
      'spec:pull',
      '--timeout',
      `expected a positive number of milliseconds, got ${values.timeout}`,
    );
  }
  return {
    root: values.root,
    from: values.from,
    target: values.target,
    report: values.report,
    overlay: values.overlay,
    timeoutMs,
    acceptBreaking: values['accept-breaking'],
    dryRun: values['dry-run'],
    keepFixups: values['keep-fixups'],
  };
}
