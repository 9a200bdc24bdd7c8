// Which writes `--allow-writes` sends, chosen by what the operations are, never by their names. A write is sent
// only on a resource the check creates itself and can delete again: `POST /x` (create) paired with
// `DELETE /x/{id}` (delete), plus the `GET`, `PATCH` and `PUT` on `/x/{id}`, with the id taken from the create's
// own answer. Every other write (one with no matching delete, one acting on an id the check did not create, one
// whose body or parameters it cannot fill) is listed as not called, with the reason.
import { sample } from 'openapi-sampler';
import type { JSONSchema7 } from 'json-schema';
import { deref } from '../pipeline/json-pointer.ts';
import type { OperationMetadata } from '../pipeline/operations.ts';
import { fillQuery } from './plan.ts';
import type { SkippedOperation } from './plan.ts';

type Json = Record<string, unknown>;

export interface WriteStep {
  operation: OperationMetadata;
  query: Record<string, string>;
  /** The JSON body to send (from the spec's example, else sampled from its schema); undefined for none. */
  body: unknown;
}

/** One resource's life, in call order: create → read → update → delete. */
export interface WriteGroup {
  /** The collection path (`/v1/x`) and the item path's parameter (`x_id`) the create's answer names. */
  collection: string;
  idName: string;
  create: WriteStep;
  read: WriteStep | undefined;
  updates: WriteStep[];
  remove: WriteStep;
}

export interface WritePlan {
  groups: WriteGroup[];
  skipped: SkippedOperation[];
}

const UPDATE_METHODS = new Set(['PATCH', 'PUT']);

/** `only` (operationIds or `METHOD /path` keys) narrows the groups; a group's create and delete always go together. */
export function planWrites(
  spec: Json,
  operations: readonly OperationMetadata[],
  only?: ReadonlySet<string>,
): WritePlan {
  const plan: WritePlan = { groups: [], skipped: [] };
  const grouped = new Set<string>();
  for (const create of operations.filter((operation) => operation.method === 'POST')) {
    const item = itemPathOf(create.path, operations);
    if (item === undefined) continue;
    const members = [create, ...operations.filter((operation) => operation.path === item.path)];
    if (only !== undefined && !members.some((operation) => isSelected(operation, only))) continue;
    for (const operation of members) if (operation.method !== 'GET') grouped.add(operation.key);
    planGroup(spec, { create, members, ...item }, only, plan);
  }
  for (const operation of operations) {
    if (operation.method === 'GET' || grouped.has(operation.key)) continue;
    const reason =
      only !== undefined && !isSelected(operation, only) ? 'not in --only' : whyNotSent(spec, operation);
    plan.skipped.push({ operation: operation.key, reason });
  }
  return plan;
}

interface Resource {
  create: OperationMetadata;
  /** The create and every operation on the item path. */
  members: OperationMetadata[];
  path: string;
  idName: string;
}

/** Adds the resource's group to the plan, or each of its writes as not called when its create or delete cannot be filled. */
function planGroup(
  spec: Json,
  resource: Resource,
  only: ReadonlySet<string> | undefined,
  plan: WritePlan,
): void {
  const { create, members } = resource;
  const steps = new Map(members.map((operation) => [operation.key, writeStep(spec, operation)]));
  const createStep = steps.get(create.key);
  const removeStep = steps.get(`DELETE ${resource.path}`);
  const writes = members.filter((member) => member.method !== 'GET');
  if (typeof createStep !== 'object' || typeof removeStep !== 'object') {
    const why =
      typeof createStep === 'string' ? createStep : typeof removeStep === 'string' ? removeStep : 'no delete';
    for (const operation of writes)
      plan.skipped.push({
        operation: operation.key,
        reason: `its resource cannot be created and deleted: ${why}`,
      });
    return;
  }
  const chosen = (operation: OperationMetadata): WriteStep | string =>
    only !== undefined && !isSelected(operation, only) ? 'not in --only' : (steps.get(operation.key) ?? '');
  let read: WriteStep | undefined;
  const updates: WriteStep[] = [];
  for (const operation of members) {
    const isUpdate = UPDATE_METHODS.has(operation.method);
    if (operation.method !== 'GET' && !isUpdate) continue;
    const step = chosen(operation);
    if (typeof step === 'string') plan.skipped.push({ operation: operation.key, reason: step });
    else if (isUpdate) updates.push(step);
    else read = step;
  }
  plan.groups.push({
    collection: create.path,
    idName: resource.idName,
    create: createStep,
    read,
    updates,
    remove: removeStep,
  });
}

function isSelected(operation: OperationMetadata, only: ReadonlySet<string>): boolean {
  return only.has(operation.operationId) || only.has(operation.key);
}

/** `/x/{id}` with a DELETE, for a `POST /x` whose path has no parameters of its own. */
function itemPathOf(
  collection: string,
  operations: readonly OperationMetadata[],
): { path: string; idName: string } | undefined {
  if (collection.includes('{')) return undefined;
  for (const operation of operations) {
    if (operation.method !== 'DELETE' || !operation.path.startsWith(`${collection}/`)) continue;
    const match = /^\{([^}/]+)\}$/.exec(operation.path.slice(collection.length + 1));
    if (match?.[1] !== undefined) return { path: operation.path, idName: match[1] };
  }
  return undefined;
}

/** The step with its query and body, or why it cannot be filled. */
function writeStep(spec: Json, operation: OperationMetadata): WriteStep | string {
  const query = fillQuery(spec, operation);
  if (typeof query === 'string') return query;
  const body = requestBody(spec, operation);
  if (typeof body === 'string') return body;
  return { operation, query, body: body.value };
}

/** The JSON body for a write: the spec's own example first, else a sample of its schema (openapi-sampler). */
function requestBody(spec: Json, operation: OperationMetadata): { value: unknown } | string {
  const item = deref(spec, (spec.paths as Json)[operation.path]);
  const requestBody = deref(spec, deref(spec, item[operation.method.toLowerCase()]).requestBody);
  const content = (requestBody.content ?? {}) as Json;
  const media = content['application/json'] as Json | undefined;
  if (media === undefined) {
    const types = Object.keys(content);
    if (requestBody.required === true && types.length > 0)
      return `needs a ${types.join(' or ')} body, which this check does not fill`;
    return { value: undefined };
  }
  if (media.example !== undefined) return { value: media.example };
  const examples = Object.values((media.examples ?? {}) as Json).map((example) => deref(spec, example));
  const first = examples.find((example) => example.value !== undefined);
  if (first !== undefined) return { value: first.value };
  if (media.schema === undefined) return 'its JSON body has no schema to fill it from';
  return { value: sample(media.schema as JSONSchema7, { skipReadOnly: true, quiet: true }, spec) };
}

/** Why a write outside every create/delete pair is not sent. */
function whyNotSent(spec: Json, operation: OperationMetadata): string {
  const parameter = /\{([^}]+)\}/.exec(operation.path)?.[1];
  if (parameter !== undefined)
    return `acts on \`{${parameter}}\`, an id of a resource this check does not create`;
  const base =
    operation.method === 'POST'
      ? `a write with no matching \`DELETE ${operation.path}/{id}\`: what it creates could not be removed`
      : `a ${operation.method} on a resource this check does not create`;
  const unfillable = writeStep(spec, operation);
  return typeof unfillable === 'string' ? `${base} (and ${unfillable})` : base;
}
