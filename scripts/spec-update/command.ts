// The `npm run spec:pull` command without the process around it (scripts/spec-pull.ts adds that): options from
// the command line, the pull, the printed report, and the refusal of a breaking change. Tests run it in process.
import { parseArgs } from 'node:util';
import { PipelineError } from '../pipeline/errors.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_SPEC_URL } from './fetch-spec.ts';
import { pullSpec } from './pull.ts';
import type { PullOptions, PullResult } from './pull.ts';

export const USAGE = `usage: npm run spec:pull -- [--from <url|file>] [--report <file>] [--accept-breaking] [--dry-run]
                        [--keep-fixups] [--timeout <ms>] [--root <dir>] [--target <file>] [--overlay <file>]`;

/**
 * Runs spec:pull with these command-line arguments and prints the report. Throws a PipelineError on bad
 * arguments, a bad candidate, or a breaking change that was not accepted (after writing the report).
 */
export async function runSpecPull(
  args: readonly string[],
  print: (line: string) => void = console.log,
): Promise<PullResult> {
  const options = parseSpecPullArgs(args);
  const result = await pullSpec(options);
  print(result.report);
  print(`report written to ${options.report}`);
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
  return result;
}

export function parseSpecPullArgs(args: readonly string[]): PullOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
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
