// npm run spec:check-live -- --base-url <url>: call the live API's GET operations through the client and report
// where the answers leave the fixed spec. Exit 0 clean, 1 on any violation, 2 on a usage, network or credential
// problem (one line). See scripts/live-check/ and README "Checking the live API".
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatMarkdown } from './spec-update/report-markdown.ts';
import { writeFilesAtomically } from './pipeline/write-files.ts';
import { isMainModule } from './pipeline/run-main.ts';
import { Redactor } from '../src/auth.ts';
import { LiveCheckProblem } from './live-check/problem.ts';
import { loadProject } from './live-check/project.ts';
import type { LiveCheckProject } from './live-check/project.ts';
import { failureCount, renderLiveReport } from './live-check/report.ts';
import { runLiveCheck } from './live-check/run.ts';

const USAGE =
  'usage: npm run spec:check-live -- [--base-url <url>] [--report <file>] [--root <dir>] [--allow-writes] [--only <ids>] [--help]';

const HELP = `${USAGE}

Calls the live API's operations through the client and reports where the answers leave the fixed spec
(generated/openapi.fixed.json). The API key comes from LIVEAVATAR_API_KEY and is never printed.

  --base-url <url>   the API to check (default: the spec's first server)
  --report <file>    where the Markdown report goes (default: live-check.md)
  --root <dir>       the project whose generated/ files describe the API (default: the current directory)
  --allow-writes     also send writes, only on resources the check creates itself: POST /x, then GET, PATCH/PUT
                     and DELETE on /x/{id} with the id from that POST's answer; the DELETE always runs, even after
                     a failed step. Writes without a matching DELETE (session start, tokens, …) or on ids the check
                     did not create are never sent: the report lists them under "Not called" with the reason.
                     Without this flag no write is ever sent.
  --only <ids>       comma-separated operationIds (or "METHOD /path" keys) to call; the lists that give their ids
                     and a resource's create and delete still run
  --help             this text

Exit codes: 0 clean, 1 on any violation (or a created resource left behind), 2 on a usage, network or credential
problem (one line on stderr).`;

export interface SpecCheckLiveOptions {
  args: string[];
  env: Record<string, string | undefined>;
  print?: (line: string) => void;
  fetch?: typeof fetch;
  /** Aborted on Ctrl-C: the check stops after deleting what it created. */
  signal?: AbortSignal;
}

/** Runs the check and returns the exit code; prints the report (and where it went), or one line on a problem. */
export async function specCheckLive({
  args,
  env,
  print = console.log,
  fetch,
  signal,
}: SpecCheckLiveOptions): Promise<number> {
  const apiKey = env.LIVEAVATAR_API_KEY || undefined;
  try {
    const options = parseOptions(args);
    if (options.help) {
      print(HELP);
      return 0;
    }
    const project = await loadProject(options.root);
    checkOnly(options.only, project);
    const baseUrl = options.baseUrl ?? project.generated.defaultServerUrl;
    checkBaseUrl(baseUrl);
    if (apiKey === undefined)
      throw new LiveCheckProblem(
        'LIVEAVATAR_API_KEY is not set: the check calls operations that need the API key',
      );
    const result = await runLiveCheck(project, {
      baseUrl,
      apiKey,
      fetch,
      allowWrites: options.allowWrites,
      only: options.only,
      signal,
    });
    const info = (project.spec.info ?? {}) as { version?: unknown };
    const reportFile = path.resolve(options.root, options.report);
    const report = await formatMarkdown(
      renderLiveReport({
        baseUrl,
        specFile: project.specFile,
        specVersion: typeof info.version === 'string' ? info.version : '?',
        result,
        secrets: [apiKey],
        allowWrites: options.allowWrites,
      }),
      reportFile,
    );
    await writeFilesAtomically(options.root, new Map([[options.report, report]]));
    print(report);
    print(`report written to ${options.report}`);
    return failureCount(result) === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof LiveCheckProblem)) throw error;
    // One line, scrubbed of the key in case an error message quoted it.
    print(`error: ${new Redactor([apiKey]).text(error.message).split('\n').join(' ')}`);
    return 2;
  }
}

function parseOptions(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        'base-url': { type: 'string' },
        report: { type: 'string', default: 'live-check.md' },
        root: { type: 'string', default: process.cwd() },
        'allow-writes': { type: 'boolean', default: false },
        only: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    const only = values.only
      ?.split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    if (only?.length === 0) throw new Error('--only: expected comma-separated operationIds');
    return {
      baseUrl: values['base-url'],
      report: values.report,
      root: values.root,
      allowWrites: values['allow-writes'],
      only: only === undefined ? undefined : new Set(only),
      help: values.help,
    };
  } catch (error) {
    throw new LiveCheckProblem(`${(error as Error).message} (${USAGE})`);
  }
}

function checkOnly(only: ReadonlySet<string> | undefined, project: LiveCheckProject): void {
  const known = new Set(project.operations.flatMap((operation) => [operation.operationId, operation.key]));
  const unknown = [...(only ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new LiveCheckProblem(`--only: no such operation: ${unknown.join(', ')}`);
}

function checkBaseUrl(baseUrl: string): void {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new LiveCheckProblem(`--base-url: not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new LiveCheckProblem(`--base-url: expected an http(s) URL, got ${url.protocol}`);
  }
}

if (isMainModule(import.meta.url)) {
  // The first Ctrl-C lets the check delete what it created and stop; a second one ends it at once.
  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    console.error('interrupted: deleting what this check created, then stopping (Ctrl-C again to quit now)');
    interrupt.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  const code = await specCheckLive({
    args: process.argv.slice(2),
    env: process.env,
    signal: interrupt.signal,
    print: (line) => {
      if (line.startsWith('error: ')) console.error(line);
      else console.log(line);
    },
  });
  process.exitCode = code;
}
