// The writes of `--allow-writes`, one resource at a time: create, read it back, update it, delete it. The id
// comes only from the create's own answer, so no other resource is ever touched; the delete runs in `finally`,
// after a failed step and after a problem that stops the check, and what it could not delete is listed.
import type { CapturedResponse, ResponseChecker } from './check-response.ts';
import { idFromCreated } from './ids.ts';
import { LiveCheckProblem } from './problem.ts';
import type { LiveCheckResult, SendCall } from './run.ts';
import type { WriteGroup, WriteStep } from './write-plan.ts';

export interface WriteContext {
  send: SendCall;
  checker: ResponseChecker;
  result: LiveCheckResult;
}

export async function runWrites(groups: readonly WriteGroup[], context: WriteContext): Promise<void> {
  for (const group of groups) await runGroup(group, context);
}

async function runGroup(group: WriteGroup, context: WriteContext): Promise<void> {
  const later = [group.read, ...group.updates, group.remove].filter((step) => step !== undefined);
  const created = await sendStep(group.create, {}, context);
  if (created === undefined || !isSuccess(created.status)) {
    const why = created === undefined ? 'no answer reached the check' : `answered HTTP ${created.status}`;
    notCalled(later, `\`${group.create.operation.key}\` ${why}: nothing created to act on`, context);
    return;
  }
  const id = idFromCreated(created.body, group.idName);
  if (id === undefined) {
    context.result.leftBehind.push({
      operation: group.create.operation.key,
      reason: `its answer named no \`${group.idName}\` or \`id\`, so what it created cannot be deleted`,
    });
    notCalled(later, `\`${group.create.operation.key}\` answered no id to act on`, context);
    return;
  }
  const path = { [group.idName]: id };
  try {
    if (group.read !== undefined) await sendStep(group.read, path, context);
    for (const update of group.updates) await sendStep(update, path, context);
  } finally {
    await deleteCreated(group, path, id, context);
  }
}

/** The cleanup: never skipped; a failure here is listed with the id, and a problem is not hidden by another. */
async function deleteCreated(
  group: WriteGroup,
  path: Record<string, string>,
  id: string,
  context: WriteContext,
): Promise<void> {
  const leftBehind = (why: string) => {
    context.result.leftBehind.push({
      operation: group.create.operation.key,
      reason: `created \`${group.idName}\` ${id}, and \`${group.remove.operation.key}\` ${why}`,
    });
  };
  try {
    const answer = await sendStep(group.remove, path, context);
    if (answer === undefined) leftBehind('got no answer');
    else if (!isSuccess(answer.status)) leftBehind(`answered HTTP ${answer.status}`);
  } catch (error) {
    if (!(error instanceof LiveCheckProblem)) throw error;
    leftBehind(`failed: ${error.message}`);
  }
}

/** Sends a step, checks its answer and records it; returns the answer with its parsed body. */
async function sendStep(
  step: WriteStep,
  path: Record<string, string>,
  context: WriteContext,
): Promise<(CapturedResponse & { body: unknown }) | undefined> {
  const answer = await context.send(step.operation, { path, query: step.query, body: step.body });
  if (answer === undefined) {
    context.result.skipped.push({ operation: step.operation.key, reason: 'no answer reached the check' });
    return undefined;
  }
  const checked = context.checker.check(step.operation, answer);
  context.result.called.push({
    operation: step.operation.key,
    status: answer.status,
    ...checked,
    onCreated: true,
  });
  return { ...answer, body: checked.body };
}

function notCalled(steps: WriteStep[], reason: string, context: WriteContext): void {
  for (const step of steps) context.result.skipped.push({ operation: step.operation.key, reason });
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
