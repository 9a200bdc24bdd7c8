// The live check's calls: every planned GET, one after another (then, with `--allow-writes`, the writes of
// write-run.ts), through the project's own client (credentials
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
import type { OperationMetadata } from '../pipeline/operations.ts';
import { planCalls } from './plan.ts';
import type { CallPlan, PlannedCall, SkippedOperation } from './plan.ts';
import { planWrites } from './write-plan.ts';
import type { WriteGroup } from './write-plan.ts';
import { runWrites } from './write-run.ts';
import type { WriteContext } from './write-run.ts';
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
  /** Also exercise the writes it can undo (write-plan.ts); without it no write is ever sent. */
  allowWrites?: boolean | undefined;
  /** operationIds or `METHOD /path` keys: call only these (with the lists and create/delete they need). */
  only?: ReadonlySet<string> | undefined;
  /** Aborted (Ctrl-C): no new call starts, but what the check created is still deleted; then exit 2. */
  signal?: AbortSignal | undefined;
}

export interface CalledOperation {
  operation: string;
  status: number;
  violations: ResponseViolation[];
  undocumented: string[];
  /** The parsed body, for previews of what came instead (redacted by the report). */
  body: unknown;
  /** Set on the calls of `--allow-writes`, which act on a resource the check created itself. */
  onCreated?: true | undefined;
}

export interface LiveCheckResult {
  called: CalledOperation[];
  skipped: SkippedOperation[];
  /** What a write created and the check could not delete again: a failure, listed with the id. */
  leftBehind: SkippedOperation[];
}

/** Sends one call and returns its last answer (undefined when none came); throws LiveCheckProblem to stop. */
export type SendCall = (
  operation: OperationMetadata,
  request: { path: Record<string, string>; query: Record<string, string>; body?: unknown },
) => Promise<CapturedResponse | undefined>;

type LooseCall = (
  path: string,
  init: { params: { path: Record<string, string>; query: Record<string, string> }; body?: unknown },
) => Promise<unknown>;

export async function runLiveCheck(
  project: LiveCheckProject,
  options: LiveCheckOptions,
): Promise<LiveCheckResult> {
  const plan = narrowReads(planCalls(project.spec, project.operations), options.only);
  const writes = options.allowWrites ? planWrites(project.spec, project.operations, options.only) : undefined;
  const checker = createResponseChecker(project.spec);
  const send = createSender(project, options);
  const bodies = new Map<string, unknown>();
  const isWrite = (key: string) => writes !== undefined && !key.startsWith('GET ');
  const result: LiveCheckResult = {
    called: [],
    skipped: [...plan.skipped.filter(({ operation }) => !isWrite(operation)), ...(writes?.skipped ?? [])],
    leftBehind: [],
  };
  for (const call of plan.calls) {
    const pathValues = fillPath(call, bodies);
    if (typeof pathValues === 'string') {
      result.skipped.push({ operation: call.operation.key, reason: pathValues });
      continue;
    }
    const answer = await send(call.operation, { path: pathValues, query: call.query });
    if (answer === undefined) {
      result.skipped.push({ operation: call.operation.key, reason: 'no answer reached the check' });
      continue;
    }
    const checked = checker.check(call.operation, answer);
    if (answer.status >= 200 && answer.status < 300) bodies.set(call.operation.path, checked.body);
    result.called.push({ operation: call.operation.key, status: answer.status, ...checked });
  }
  if (writes !== undefined) await runWritesOrSayWhatIsLeft(writes.groups, { send, checker, result });
  return result;
}

/** A problem that stops the check mid-write still names what the cleanup could not delete. */
async function runWritesOrSayWhatIsLeft(groups: WriteGroup[], context: WriteContext): Promise<void> {
  try {
    await runWrites(groups, context);
  } catch (error) {
    const { leftBehind } = context.result;
    if (!(error instanceof LiveCheckProblem) || leftBehind.length === 0) throw error;
    const left = leftBehind.map(({ operation, reason }) => `${operation}: ${reason}`).join('; ');
    throw new LiveCheckProblem(`${error.message}; NOT cleaned up: ${left}`);
  }
}

/** With `--only`: the selected reads, and the lists whose answers give them their ids. */
function narrowReads(plan: CallPlan, only: ReadonlySet<string> | undefined): CallPlan {
  if (only === undefined) return plan;
  const selected = (call: PlannedCall) =>
    only.has(call.operation.operationId) || only.has(call.operation.key);
  const needed = new Set(
    plan.calls.filter(selected).flatMap((call) => call.pathParams.map((p) => p.listPath)),
  );
  const kept = plan.calls.filter((call) => selected(call) || needed.has(call.operation.path));
  const dropped = plan.calls.filter((call) => !kept.includes(call));
  return {
    calls: kept,
    skipped: [
      ...plan.skipped,
      ...dropped.map((call) => ({ operation: call.operation.key, reason: 'not in --only' })),
    ],
  };
}

/** Every call goes through the project's own client; a middleware keeps a copy of its last answer. */
function createSender(project: LiveCheckProject, options: LiveCheckOptions): SendCall {
  const capture = captureLastAnswer();
  const client = createClientFor(project, options);
  client.use(capture.middleware);
  return async (operation, { path, query, body }) => {
    stopIfInterrupted(options.signal, operation);
    const call = (client as unknown as Record<string, LooseCall>)[operation.method];
    if (call === undefined) throw new LiveCheckProblem(`the client has no ${operation.method} method`);
    capture.take();
    await call(operation.path, { params: { path, query }, ...(body === undefined ? {} : { body }) }).catch(
      (error: unknown) => {
        stopOnProblem(error, operation, options.baseUrl);
      },
    );
    return capture.take();
  };
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

/** After Ctrl-C no call starts but the deletes of what the check created (write-run.ts sends them regardless). */
function stopIfInterrupted(signal: AbortSignal | undefined, operation: OperationMetadata): void {
  if (signal?.aborted && operation.method !== 'DELETE') {
    throw new LiveCheckProblem(`interrupted before ${operation.key}`);
  }
}

/** A network or credential failure ends the check (exit 2); any other error is an answer to check. */
function stopOnProblem(error: unknown, operation: OperationMetadata, baseUrl: string): void {
  if (error instanceof AuthenticationError) {
    throw new LiveCheckProblem(
      `the API key was refused: HTTP 401 on ${operation.key}; check LIVEAVATAR_API_KEY (no drift report written)`,
    );
  }
  if (error instanceof ConnectionError || error instanceof TimeoutError || error instanceof RedirectError) {
    throw new LiveCheckProblem(`cannot reach ${baseUrl}: ${error.message.split('\n')[0] ?? ''}`);
  }
  if (error instanceof ConfigurationError) throw new LiveCheckProblem(error.message);
}
