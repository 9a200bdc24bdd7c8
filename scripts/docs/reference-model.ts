// The reference page as data: one entry per operation of the fixed spec, derived from the spec, the metadata
// `npm run generate` derives from it, and the overlay. Nothing is listed per operation, so a new upstream
// operation gets its entry after `npm run generate`. The samples are data too: test/docs compiles them.
import path from 'node:path';
import { readJsonFile } from '../pipeline/read-json.ts';
import { applyOverlay, readOverlay } from '../pipeline/overlay.ts';
import { deriveMetadata } from '../pipeline/operations.ts';
import type { ApiMetadata, OperationMetadata } from '../pipeline/operations.ts';
import { pointerFromSegments, resolvePointer } from '../pipeline/json-pointer.ts';
import { formatSample, sampleSource } from './call-sample.ts';
import { credentialNeed } from './credential.ts';
import type { CredentialNeed } from './credential.ts';
import { fixupsTouching, reachedLocations } from './fixups-touching.ts';
import type { TouchingFixup } from './fixups-touching.ts';
import { RequestExamples } from './request-example.ts';

type Json = Record<string, unknown>;

export interface ParameterEntry {
  name: string;
  in: string;
  required: boolean;
  description: string;
}

export interface ExampleResponse {
  status: string;
  /** The body the mock sends (the media type's first example), undefined when the response has none. */
  body: unknown;
}

export interface ReferenceOperation {
  /** `METHOD /path`, as in the metadata. */
  key: string;
  method: string;
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: string;
  deprecated: boolean;
  parameters: ParameterEntry[];
  credential: CredentialNeed;
  /** The typed facade call (formatted TypeScript), undefined when the client cannot call the operation. */
  sample: string | undefined;
  /** What the call resolves to: the envelope's `data`, the whole body, or nothing. */
  resolvesTo: 'data' | 'body' | 'nothing';
  response: ExampleResponse | undefined;
  fixups: TouchingFixup[];
}

export interface ReferenceModel {
  title: string;
  version: string;
  serverUrl: string;
  operations: ReferenceOperation[];
}

export interface ReferenceInputs {
  root: string;
  spec?: string;
  overlay?: string;
  fixed?: string;
}

export async function buildReferenceModel(inputs: ReferenceInputs): Promise<ReferenceModel> {
  const at = (file: string) => path.resolve(inputs.root, file);
  const overlayFile = inputs.overlay ?? 'fixups.overlay.yaml';
  const [{ value: upstream }, overlay, { value: fixedValue }] = await Promise.all([
    readJsonFile(at(inputs.spec ?? 'openapi.json')),
    readOverlay(at(overlayFile)),
    readJsonFile(at(inputs.fixed ?? 'generated/openapi.fixed.json')),
  ]);
  const fixed = fixedValue as Json;
  const { applied } = applyOverlay(upstream, overlay, overlayFile);
  const metadata = deriveMetadata(fixed);
  const examples = new RequestExamples(fixed);
  const info = (fixed.info ?? {}) as Json;
  const operations = await Promise.all(
    specOrder(fixed, metadata).map(async (operation) => {
      const reached = reachedLocations(fixed, operation.path, operation.method.toLowerCase());
      return describeOperation(fixed, metadata, operation, examples, fixupsTouching(applied, reached));
    }),
  );
  return {
    title: typeof info.title === 'string' ? info.title : 'API reference',
    version: typeof info.version === 'string' ? info.version : '',
    serverUrl: metadata.serverUrl,
    operations,
  };
}

/** The metadata is sorted by path; the page follows the spec's own order, which groups operations by tag. */
function specOrder(spec: Json, metadata: ApiMetadata): OperationMetadata[] {
  const order = new Map<string, number>();
  for (const [pathKey, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of Object.keys(item)) order.set(`${method.toUpperCase()} ${pathKey}`, order.size);
  }
  return [...metadata.operations].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

async function describeOperation(
  spec: Json,
  metadata: ApiMetadata,
  operation: OperationMetadata,
  examples: RequestExamples,
  fixups: TouchingFixup[],
): Promise<ReferenceOperation> {
  const method = operation.method.toLowerCase();
  const node = resolvePointer(spec, pointerFromSegments(['paths', operation.path, method])) as Json;
  const credential = credentialNeed(operation, metadata);
  const resolvesTo = !operation.json || operation.nullData ? 'nothing' : operation.envelope ? 'data' : 'body';
  const sample =
    credential.sampleCredentials === undefined
      ? undefined
      : await formatSample(
          sampleSource({
            method: operation.method,
            path: operation.path,
            credentials: credential.sampleCredentials,
            args: examples.argumentsFor(operation.path, method),
            resolvesToData: resolvesTo !== 'nothing',
          }),
        );
  return {
    key: operation.key,
    method: operation.method,
    path: operation.path,
    operationId: operation.operationId,
    summary: operation.summary,
    description: typeof node.description === 'string' ? node.description : '',
    tag: Array.isArray(node.tags) && typeof node.tags[0] === 'string' ? node.tags[0] : 'Other',
    deprecated: node.deprecated === true,
    parameters: parameterEntries(spec, operation.path, node),
    credential,
    sample,
    resolvesTo,
    response: exampleResponse(spec, node, operation.successStatuses),
    fixups,
  };
}

function parameterEntries(spec: Json, pathKey: string, operation: Json): ParameterEntry[] {
  const item = resolvePointer(spec, pointerFromSegments(['paths', pathKey])) as Json;
  const byKey = new Map<string, ParameterEntry>();
  for (const list of [item.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = deref(spec, raw);
      const name = String(parameter.name);
      const location = String(parameter.in);
      byKey.set(`${location} ${name}`, {
        name,
        in: location,
        required: parameter.required === true,
        description: typeof parameter.description === 'string' ? parameter.description : '',
      });
    }
  }
  return [...byKey.values()];
}

/** The first success response, with the example the mock answers with (Prism serves the first example). */
function exampleResponse(
  spec: Json,
  operation: Json,
  successStatuses: number[],
): ExampleResponse | undefined {
  const responses = (operation.responses ?? {}) as Json;
  const status = successStatuses.map(String).find((code) => code in responses);
  if (status === undefined) return undefined;
  const response = deref(spec, responses[status]);
  const content = (response.content ?? {}) as Json;
  const media = content['application/json'] as Json | undefined;
  if (media === undefined) return { status, body: undefined };
  if ('example' in media) return { status, body: media.example };
  const [first] = Object.values((media.examples ?? {}) as Record<string, unknown>);
  return { status, body: first === undefined ? undefined : deref(spec, first).value };
}

function deref(spec: Json, node: unknown): Json {
  if (typeof node === 'object' && node !== null && typeof (node as Json).$ref === 'string') {
    return (resolvePointer(spec, (node as Json).$ref as string) ?? {}) as Json;
  }
  return (node ?? {}) as Json;
}
