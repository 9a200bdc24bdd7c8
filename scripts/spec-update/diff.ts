/*
 * The comparer behind `npm run spec:pull`: what changed between two versions of the LiveAvatar document, per
 * operation, and which changes break a client.
 *
 * Why a focused comparer rather than a maintained diff tool: `redocly diff` (@redocly/cli 2.77, already
 * installed) was tried on our pair and on synthetic mutations. It is experimental; it exits non-zero even for
 * two identical copies of openapi.json (it treats upstream's discriminator-mapping defect, which our overlay
 * repairs, as "the revision has errors"), so its exit code cannot be the gate; it reports additions per path
 * (26) rather than per operation (38); and it reports a change to a shared component once, at the first place
 * it meets it: narrowing `SecretTypeEnum` was reported on the GET /v1/secrets response and not on the
 * POST /v1/secrets request body, which is exactly the change that breaks clients. Its severities are semver
 * bumps for the API owner, not "does this break our generated client". The comparer here is a few hundred
 * lines, judges every use of a shared schema on its own request or response side, keys operations as the client does
 * (`METHOD /path`, from deriveMetadata), and has a test per rule (test/spec-update/). The schema walk is in
 * schema-diff.ts, the judgement in breaking-rules.ts, the wording in describe-change.ts.
 */
import { deriveMetadata } from '../pipeline/operations.ts';
import type { OperationMetadata } from '../pipeline/operations.ts';
import { breakingRuleFor } from './breaking-rules.ts';
import type { BreakingRule } from './breaking-rules.ts';
import type { ChangeFact, Side } from './change-facts.ts';
import { describeFact, securityText } from './describe-change.ts';
import { isObject, resolveNode } from './resolve-schema.ts';
import type { JsonObject } from './resolve-schema.ts';
import { SchemaComparer } from './schema-diff.ts';

export interface SpecChange {
  /** `METHOD /path`, as the client keys operations. */
  operation: string;
  /** Where in the operation: '' for the operation itself, `request body`, ``query parameter `page` ``, `response 200`. */
  location: string;
  /** Path of the field inside the schema at `location`: `data.items[].name`, `<Variant>.mode`; '' for its root. */
  field: string;
  fact: ChangeFact;
  /** The rule this change breaks, or undefined when existing clients keep working. */
  breakingRule: BreakingRule | undefined;
  /** The location, field and what changed, for listing under the operation. */
  description: string;
  /** `description` prefixed with the operation: stands on its own in a list of breaking changes. */
  message: string;
}

export interface OperationRef {
  key: string;
  summary: string;
}

export interface ChangedOperation extends OperationRef {
  changes: SpecChange[];
}

export interface SpecComparison {
  added: OperationRef[];
  removed: OperationRef[];
  changed: ChangedOperation[];
  /** Every breaking change, removed operations included, in operation order. */
  breaking: SpecChange[];
}

export function compareSpecs(before: JsonObject, after: JsonObject): SpecComparison {
  const oldOperations = new Map(
    deriveMetadata(before).operations.map((operation) => [operation.key, operation]),
  );
  const newOperations = new Map(
    deriveMetadata(after).operations.map((operation) => [operation.key, operation]),
  );
  const all = [...new Map([...oldOperations, ...newOperations]).values()].sort(
    (a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method),
  );
  const comparison: SpecComparison = { added: [], removed: [], changed: [], breaking: [] };
  for (const { key } of all) {
    const oldOperation = oldOperations.get(key);
    const newOperation = newOperations.get(key);
    if (oldOperation === undefined && newOperation !== undefined) {
      comparison.added.push({ key, summary: newOperation.summary });
    } else if (oldOperation !== undefined && newOperation === undefined) {
      comparison.removed.push({ key, summary: oldOperation.summary });
      comparison.breaking.push(makeChange(key, '', '', { kind: 'operation-removed' }));
    } else if (oldOperation !== undefined && newOperation !== undefined) {
      const changes = compareOperation(before, after, oldOperation, newOperation);
      if (changes.length === 0) continue;
      comparison.changed.push({ key, summary: newOperation.summary, changes });
      comparison.breaking.push(...changes.filter((change) => change.breakingRule !== undefined));
    }
  }
  return comparison;
}

type RecordChange = (location: string, field: string, fact: ChangeFact) => void;

function compareOperation(
  before: JsonObject,
  after: JsonObject,
  oldMeta: OperationMetadata,
  newMeta: OperationMetadata,
): SpecChange[] {
  const changes: SpecChange[] = [];
  const record: RecordChange = (location, field, fact) =>
    changes.push(makeChange(newMeta.key, location, field, fact));

  if (oldMeta.operationId !== newMeta.operationId) {
    record('', '', { kind: 'operation-id-changed', before: oldMeta.operationId, after: newMeta.operationId });
  }
  if (securityText(oldMeta.security) !== securityText(newMeta.security)) {
    record('', '', { kind: 'security-changed', before: oldMeta.security, after: newMeta.security });
  }
  if (oldMeta.successStatuses.join() !== newMeta.successStatuses.join()) {
    record('', '', {
      kind: 'success-statuses-changed',
      before: oldMeta.successStatuses,
      after: newMeta.successStatuses,
    });
  }
  if (oldMeta.requestBody !== newMeta.requestBody) {
    record('request body', '', {
      kind: 'request-body-changed',
      before: oldMeta.requestBody,
      after: newMeta.requestBody,
    });
  }

  const oldOperation = rawOperation(before, oldMeta);
  const newOperation = rawOperation(after, newMeta);
  const deprecated = newOperation.operation.deprecated === true;
  if ((oldOperation.operation.deprecated === true) !== deprecated) {
    record('', '', { kind: 'deprecated-changed', deprecated });
  }
  compareParameters(before, after, oldOperation, newOperation, record);
  // A body added or dropped as a whole is request-body-changed above; its media types are not listed again.
  if (oldMeta.requestBody !== 'none' && newMeta.requestBody !== 'none') {
    const oldBody = resolveNode(before, oldOperation.operation.requestBody).node;
    const newBody = resolveNode(after, newOperation.operation.requestBody).node;
    compareContent(before, after, oldBody.content, newBody.content, 'request', 'request body', record);
  }
  compareResponses(before, after, oldOperation.operation, newOperation.operation, oldMeta, newMeta, record);
  return changes;
}

function makeChange(operation: string, location: string, field: string, fact: ChangeFact): SpecChange {
  const subject = [location, field ? `field \`${field}\`` : ''].filter(Boolean).join(' ');
  const description = `${subject ? `${subject}: ` : ''}${describeFact(fact)}`;
  return {
    operation,
    location,
    field,
    fact,
    breakingRule: breakingRuleFor(fact),
    description,
    message: `${operation}: ${description}`,
  };
}

interface RawOperation {
  pathItem: JsonObject;
  operation: JsonObject;
}

function rawOperation(document: JsonObject, meta: OperationMetadata): RawOperation {
  const paths = document.paths as JsonObject;
  const pathItem = resolveNode(document, paths[meta.path]).node;
  const operation = pathItem[meta.method.toLowerCase()];
  return { pathItem, operation: isObject(operation) ? operation : {} };
}

/** Operation parameters override path-level ones with the same `in` and `name` (OpenAPI 3.x). */
function parametersOf(document: JsonObject, { pathItem, operation }: RawOperation): Map<string, JsonObject> {
  const parameters = new Map<string, JsonObject>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = resolveNode(document, raw).node;
      if (typeof parameter.name === 'string' && typeof parameter.in === 'string') {
        parameters.set(`${parameter.in} parameter \`${parameter.name}\``, parameter);
      }
    }
  }
  return parameters;
}

function compareParameters(
  before: JsonObject,
  after: JsonObject,
  oldOperation: RawOperation,
  newOperation: RawOperation,
  record: RecordChange,
): void {
  const oldParameters = parametersOf(before, oldOperation);
  const newParameters = parametersOf(after, newOperation);
  for (const [location, oldParameter] of oldParameters) {
    const newParameter = newParameters.get(location);
    if (newParameter === undefined) {
      record(location, '', { kind: 'parameter-removed' });
      continue;
    }
    const required = newParameter.required === true;
    if ((oldParameter.required === true) !== required)
      record(location, '', { kind: 'parameter-required-changed', required });
    const deprecated = newParameter.deprecated === true;
    if ((oldParameter.deprecated === true) !== deprecated)
      record(location, '', { kind: 'deprecated-changed', deprecated });
    const schemas = new SchemaComparer(before, after, 'request', (field, fact) => {
      record(location, field, fact);
    });
    schemas.compare(oldParameter.schema, newParameter.schema, '');
  }
  for (const [location, newParameter] of newParameters) {
    if (!oldParameters.has(location))
      record(location, '', { kind: 'parameter-added', required: newParameter.required === true });
  }
}

function compareResponses(
  before: JsonObject,
  after: JsonObject,
  oldOperation: JsonObject,
  newOperation: JsonObject,
  oldMeta: OperationMetadata,
  newMeta: OperationMetadata,
  record: RecordChange,
): void {
  const oldResponses = isObject(oldOperation.responses) ? oldOperation.responses : {};
  const newResponses = isObject(newOperation.responses) ? newOperation.responses : {};
  const pairs: [oldStatus: string, newStatus: string][] = [];
  for (const status of Object.keys(oldResponses)) if (status in newResponses) pairs.push([status, status]);
  // A success code that moved (200 → 201) is reported once as such; its body is still compared old against new.
  const [oldSuccess] = oldMeta.successStatuses;
  const [newSuccess] = newMeta.successStatuses;
  if (
    oldMeta.successStatuses.length === 1 &&
    newMeta.successStatuses.length === 1 &&
    oldSuccess !== undefined &&
    newSuccess !== undefined &&
    oldSuccess !== newSuccess
  ) {
    pairs.push([String(oldSuccess), String(newSuccess)]);
  }
  for (const [oldStatus, newStatus] of pairs) {
    const oldResponse = resolveNode(before, oldResponses[oldStatus]).node;
    const newResponse = resolveNode(after, newResponses[newStatus]).node;
    compareContent(
      before,
      after,
      oldResponse.content,
      newResponse.content,
      'response',
      `response ${newStatus}`,
      record,
    );
  }
  // Success codes are covered by success-statuses-changed; other statuses (422, default…) are listed here.
  const isSuccess = (status: string) => /^2\d\d$/.test(status);
  for (const status of Object.keys(oldResponses)) {
    if (!(status in newResponses) && !isSuccess(status)) record('', '', { kind: 'response-removed', status });
  }
  for (const status of Object.keys(newResponses)) {
    if (!(status in oldResponses) && !isSuccess(status)) record('', '', { kind: 'response-added', status });
  }
}

function compareContent(
  before: JsonObject,
  after: JsonObject,
  oldContent: unknown,
  newContent: unknown,
  side: Side,
  location: string,
  record: RecordChange,
): void {
  const oldMedia = isObject(oldContent) ? oldContent : {};
  const newMedia = isObject(newContent) ? newContent : {};
  for (const [mediaType, oldEntry] of Object.entries(oldMedia)) {
    const newEntry = newMedia[mediaType];
    if (newEntry === undefined) {
      record(location, '', { kind: 'media-type-removed', side, mediaType });
      continue;
    }
    const where = mediaType === 'application/json' ? location : `${location} (${mediaType})`;
    const schemas = new SchemaComparer(before, after, side, (field, fact) => {
      record(where, field, fact);
    });
    schemas.compare(
      isObject(oldEntry) ? oldEntry.schema : undefined,
      isObject(newEntry) ? newEntry.schema : undefined,
      '',
    );
  }
  for (const mediaType of Object.keys(newMedia)) {
    if (!(mediaType in oldMedia)) record(location, '', { kind: 'media-type-added', side, mediaType });
  }
}
