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
import { renderLiveReport, violationCount } from './live-check/report.ts';
import { runLiveCheck } from './live-check/run.ts';

const USAGE = 'usage: npm run spec:check-live -- [--base-url <url>] [--report <file>] [--root <dir>]';

export interface SpecCheckLiveOptions {
  args: string[];
  env: Record<string, string | undefined>;
  print?: (line: string) => void;
  fetch?: typeof fetch;
}

/** Runs the check and returns the exit code; prints the report (and where it went), or one line on a problem. */
export async function specCheckLive({
  args,
  env,
  print = console.log,
  fetch,
}: SpecCheckLiveOptions): Promise<number> {
  const apiKey = env.LIVEAVATAR_API_KEY || undefined;
  try {
    const options = parseOptions(args);
    const project = await loadProject(options.root);
    const baseUrl = options.baseUrl ?? project.generated.defaultServerUrl;
    checkBaseUrl(baseUrl);
    if (apiKey === undefined)
      throw new LiveCheckProblem(
        'LIVEAVATAR_API_KEY is not set: the check calls operations that need the API key',
      );
    const result = await runLiveCheck(project, { baseUrl, apiKey, fetch });
    const info = (project.spec.info ?? {}) as { version?: unknown };
    const reportFile = path.resolve(options.root, options.report);
    const report = await formatMarkdown(
      renderLiveReport({
        baseUrl,
        specFile: project.specFile,
        specVersion: typeof info.version === 'string' ? info.version : '?',
        result,
        secrets: [apiKey],
      }),
      reportFile,
    );
    await writeFilesAtomically(options.root, new Map([[options.report, report]]));
    print(report);
    print(`report written to ${options.report}`);
    return violationCount(result) === 0 ? 0 : 1;
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
      },
    });
    return { baseUrl: values['base-url'], report: values.report, root: values.root };
  } catch (error) {
    throw new LiveCheckProblem(`${(error as Error).message} (${USAGE})`);
  }
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
  const code = await specCheckLive({
    args: process.argv.slice(2),
    env: process.env,
    print: (line) => {
      if (line.startsWith('error: ')) console.error(line);
      else console.log(line);
    },
  });
  process.exitCode = code;
}
