// The live check's calls: every planned GET, one after another, through the project's own client (credentials
// from the spec, retries honouring Retry-After, same-origin redirects, redaction). A middleware keeps a copy of
// the last answer of each call, which is what gets checked: the client's own decoding would hide undocumented
// fields and turn error bodies into exceptions.
import type { Middleware } from 'openapi-fetch';
import { createApiClient } from '../../src/client.ts';
import {
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  RedirectError,
  TimeoutError,
} from '../../src/errors.ts';
import type { ResponseViolation } from '../../src/response-validation-error.ts';
import { idFromList } from './ids.ts';
import { planCalls } from './plan.ts';
import type { PlannedCall, SkippedOperation } from './plan.ts';
import { LiveCheckProblem } from './problem.ts';
import type { LiveCheckProject } from './project.ts';
import { createResponseChecker } from './check-response.ts';
import type { CapturedResponse } from './check-response.ts';

export interface LiveCheckOptions {
  baseUrl: string;
  apiKey: string | undefined;
  /** For tests: the fetch the client uses. */
  fetch?: typeof fetch | undefined;
  maxRetries?: number | undefined;
  timeoutMs?: number | undefined;
}

export interface CalledOperation {
  operation: string;
  status: number;
  violations: ResponseViolation[];
  undocumented: string[];
  /** The parsed body, for previews of what came instead (redacted by the report). */
  body: unknown;
}

export interface LiveCheckResult {
  called: CalledOperation[];
  skipped: SkippedOperation[];
}

type LooseGet = (
  path: string,
  init: { params: { path: Record<string, string>; query: Record<string, string> } },
) => Promise<unknown>;

export async function runLiveCheck(
  project: LiveCheckProject,
  options: LiveCheckOptions,
): Promise<LiveCheckResult> {
  const plan = planCalls(project.spec, project.operations);
  const checker = createResponseChecker(project.spec);
  const capture = captureLastAnswer();
  const client = createClientFor(project, options);
  client.use(capture.middleware);
  const get = client.GET as unknown as LooseGet;
  const bodies = new Map<string, unknown>();
  const result: LiveCheckResult = { called: [], skipped: [...plan.skipped] };
  for (const call of plan.calls) {
    const pathValues = fillPath(call, bodies);
    if (typeof pathValues === 'string') {
      result.skipped.push({ operation: call.operation.key, reason: pathValues });
      continue;
    }
    await get(call.operation.path, { params: { path: pathValues, query: call.query } }).catch(
      (error: unknown) => {
        stopOnProblem(error, call, options.baseUrl);
      },
    );
    const answer = capture.take();
    if (answer === undefined) {
      result.skipped.push({ operation: call.operation.key, reason: 'no answer reached the check' });
      continue;
    }
    const checked = checker.check(call.operation, answer);
    if (answer.status >= 200 && answer.status < 300) bodies.set(call.operation.path, checked.body);
    result.called.push({ operation: call.operation.key, status: answer.status, ...checked });
  }
  return result;
}

/** A middleware keeping a copy of each attempt's answer; `take` hands over the last one and forgets it. */
function captureLastAnswer(): { middleware: Middleware; take(): CapturedResponse | undefined } {
  let last: CapturedResponse | undefined;
  return {
    middleware: {
      async onResponse({ response }) {
        const text = await response.clone().text();
        last = { status: response.status, contentType: response.headers.get('content-type'), text };
        return undefined;
      },
    },
    take() {
      const taken = last;
      last = undefined;
      return taken;
    },
  };
}

function createClientFor(project: LiveCheckProject, options: LiveCheckOptions) {
  try {
    return createApiClient(project.generated, {
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      fetch: options.fetch,
      maxRetries: options.maxRetries,
      timeout: options.timeoutMs,
    });
  } catch (error) {
    if (error instanceof ConfigurationError) throw new LiveCheckProblem(error.message);
    throw error;
  }
}

/** The path values, or why they cannot be had. */
function fillPath(call: PlannedCall, bodies: Map<string, unknown>): Record<string, string> | string {
  const values: Record<string, string> = {};
  for (const { name, listPath } of call.pathParams) {
    if (!bodies.has(listPath))
      return `\`GET ${listPath}\` gave no successful answer to take \`${name}\` from`;
    const id = idFromList(bodies.get(listPath), name);
    if (id === undefined) return `\`GET ${listPath}\` answered no item with \`${name}\` or \`id\``;
    values[name] = id;
  }
  return values;
}

/** A network or credential failure ends the check (exit 2); any other error is an answer to check. */
function stopOnProblem(error: unknown, call: PlannedCall, baseUrl: string): void {
  if (error instanceof AuthenticationError) {
    throw new LiveCheckProblem(
      `the API key was refused: HTTP 401 on ${call.operation.key}; check LIVEAVATAR_API_KEY (no drift report written)`,
    );
  }
  if (error instanceof ConnectionError || error instanceof TimeoutError || error instanceof RedirectError) {
    throw new LiveCheckProblem(`cannot reach ${baseUrl}: ${error.message.split('\n')[0] ?? ''}`);
  }
  if (error instanceof ConfigurationError) throw new LiveCheckProblem(error.message);
}
