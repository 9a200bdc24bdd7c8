// The per-operation contract, shared by every suite (LiveAvatar, the mini-api fixture, the new-operation harness):
// build a valid request from the spec, send it through the facade to Prism, check the status and the data.
import { expect, vi } from 'vitest';
import type { ErrorObject } from 'ajv/dist/2020.js';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  MissingCredentialError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.ts';
import type { ClientOptions, Middleware, MockViolation, ResponseDetails } from '../../src/index.ts';
import { credentialHeaderNames, credentialsFor, credentialStrippingFetch } from './credentials.ts';
import type { SchemeSpec } from './credentials.ts';
import { buildRequest, callInit } from './operation-request.ts';
import type { CallInit, OperationRequest } from './operation-request.ts';
import { describeErrors } from './schema-validator.ts';
import type { SchemaValidator } from './schema-validator.ts';
import { documentedErrorStatuses, locate, pointerTo, responseSchema } from './spec.ts';
import type { OpenApiDocument } from './spec.ts';

/** One entry of a generated `apiMetadata.operations` (readonly, so the `as const` tables fit). */
export interface ContractOperation {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly security: readonly (readonly string[])[];
  readonly successStatuses: readonly number[];
  readonly requestBody: 'required' | 'optional' | 'none';
  readonly envelope: boolean;
}

/** A spec, the Prism serving it, and how to make a facade client for it. */
export interface ContractTarget {
  spec: OpenApiDocument;
  validator: SchemaValidator;
  securitySchemes: Readonly<Record<string, SchemeSpec>>;
  baseUrl: string;
  /** createLiveAvatarClient, or createApiClient with a generated operation table. */
  createClient(options: ClientOptions): unknown;
}

const VERBS = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
type Verb = (typeof VERBS)[number];
type Call<Result> = (path: string, init?: CallInit) => Promise<Result>;

/** The facade seen without its per-path typing: the operation list is data here, not code. */
interface UntypedClient {
  withResponse: Record<Verb, Call<ResponseDetails<unknown>>>;
  use(...middleware: Middleware[]): void;
}

/** Any of the facade's error classes for a status: a constructor whose instances are ApiErrors. */
type ApiErrorClass = abstract new (...args: never[]) => ApiError;

/** The class, and its stable `name` (what callers match on), the facade promises for each status. */
const ERROR_BY_STATUS: Readonly<Record<number, readonly [ApiErrorClass, string]>> = {
  400: [BadRequestError, 'BadRequestError'],
  401: [AuthenticationError, 'AuthenticationError'],
  403: [PermissionDeniedError, 'PermissionDeniedError'],
  404: [NotFoundError, 'NotFoundError'],
  409: [ConflictError, 'ConflictError'],
  422: [UnprocessableEntityError, 'UnprocessableEntityError'],
  429: [RateLimitError, 'RateLimitError'],
};

export function expectedError(status: number): readonly [ApiErrorClass, string] {
  return (
    ERROR_BY_STATUS[status] ??
    (status >= 500 ? [InternalServerError, 'InternalServerError'] : [ApiError, 'ApiError'])
  );
}

function verbOf(operation: ContractOperation): Verb {
  const verb = VERBS.find((candidate) => candidate === operation.method);
  if (!verb) throw new Error(`${operation.key}: the facade has no ${operation.method} method`);
  return verb;
}

function clientFor(target: ContractTarget, options: ClientOptions): UntypedClient {
  // maxRetries 0: Prism answers at once, and a retried failure would only hide the first one.
  return target.createClient({ baseUrl: target.baseUrl, maxRetries: 0, ...options }) as UntypedClient;
}

/** The credentials of every security alternative, or one credential-free call for an open operation. */
function alternativesOf(target: ContractTarget, operation: ContractOperation): ClientOptions[] {
  if (operation.security.length === 0) return [{}];
  return operation.security.map((alternative) => credentialsFor(alternative, target.securitySchemes));
}

/** The request every check starts from, with its body checked against the request schema before it is sent. */
export function validRequest(target: ContractTarget, operation: ContractOperation): OperationRequest {
  const request = buildRequest(target.spec, target.validator, operation);
  if (request.bodySchema !== undefined) {
    const errors = target.validator.errors(request.bodySchema, request.body);
    expect(errors, `request body for ${operation.key}: ${describeErrors(errors)}`).toEqual([]);
  }
  if (operation.requestBody === 'required') {
    expect(request.bodySchema, `${operation.key} requires a body but declares no JSON schema`).toBeDefined();
  }
  return request;
}

/**
 * Sends a valid request once per security alternative and checks the documented success status and that the
 * unwrapped data matches the response schema. Returns notes on schema deviations Prism itself admitted to.
 */
export async function exerciseOperation(
  target: ContractTarget,
  operation: ContractOperation,
): Promise<string[]> {
  const request = validRequest(target, operation);
  const notes: string[] = [];
  for (const credentials of alternativesOf(target, operation)) {
    const wire = bodyRecordingFetch();
    const client = clientFor(target, { ...credentials, fetch: wire.fetch });
    const result = await client.withResponse[verbOf(operation)](operation.path, callInit(request));
    expect(operation.successStatuses, `${operation.key} answered ${result.status}`).toContain(result.status);
    expect(result.data, `${operation.key}: data is what the server sent, unwrapped`).toEqual(
      expectedData(operation, await wire.lastBody()),
    );
    notes.push(...checkData(target, operation, result));
  }
  return [...new Set(notes)];
}

/** A fetch that keeps a copy of the last response body as it came off the wire. */
function bodyRecordingFetch() {
  let last: Promise<string> = Promise.resolve('');
  return {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await globalThis.fetch(input, init);
      last = response.clone().text();
      return response;
    },
    lastBody: () => last,
  };
}

/** What the facade should resolve to for this wire body: the envelope's `data`, the JSON as is, or nothing. */
function expectedData(operation: ContractOperation, wireBody: string): unknown {
  if (wireBody === '') return undefined;
  const parsed = JSON.parse(wireBody) as unknown;
  return operation.envelope ? (parsed as { data?: unknown }).data : parsed;
}

function checkData(
  target: ContractTarget,
  operation: ContractOperation,
  result: ResponseDetails<unknown>,
): string[] {
  const body = responseSchema(target.spec, operation.path, operation.method, result.status);
  if (body === undefined) {
    expect(result.data, `${operation.key} declares no JSON body for ${result.status}`).toBeUndefined();
    return [];
  }
  const schema = operation.envelope
    ? pointerTo(locate(target.spec, body).pointer, 'properties', 'data')
    : body;
  const errors = target.validator.errors(schema, result.data);
  const admitted = mockAdmittedViolations(result.headers, operation.envelope ? ['data'] : []);
  const unexplained = errors.filter((error) => !admitted.has(violationKey(error)));
  expect(unexplained, `${operation.key} data: ${describeErrors(unexplained)}`).toEqual([]);
  // The innermost errors name the cause; the enclosing anyOf/oneOf failures only follow from them.
  const innermost = errors.filter(
    (error) => !errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`)),
  );
  return innermost.map(
    (error) =>
      `Prism's static example breaks \`${error.keyword}\` at ${operation.envelope ? 'data' : 'body'}${error.instancePath} (Prism flags it in sl-violations)`,
  );
}

/**
 * Prism's static examples ignore some keywords (`pattern`), and Prism says so in `sl-violations` on the
 * response. Those, and only those, are tolerated (and reported); any other schema violation fails the test.
 */
function mockAdmittedViolations(headers: Headers, dataPrefix: string[]): Set<string> {
  const header = headers.get('sl-violations');
  if (header === null) return new Set();
  const violations = JSON.parse(header) as MockViolation[];
  const prefix = ['response', 'body', ...dataPrefix];
  return new Set(
    violations
      .filter((violation) => prefix.every((segment, index) => violation.location[index] === segment))
      .map((violation) => `${violation.location.slice(prefix.length).join('/')}|${String(violation.code)}`),
  );
}

function violationKey(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  return `${segments.join('/')}|${error.keyword}`;
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** A secured operation called by a client without its credential fails before any request is sent. */
export async function expectMissingCredential(
  target: ContractTarget,
  operation: ContractOperation,
): Promise<void> {
  const fetchSpy = vi.fn<typeof fetch>(() => Promise.reject(new Error('no request may be sent')));
  const client = clientFor(target, { fetch: fetchSpy });
  const call = client.withResponse[verbOf(operation)](
    operation.path,
    callInit(validRequest(target, operation)),
  );
  await expect(call).rejects.toBeInstanceOf(MissingCredentialError);
  expect(fetchSpy).not.toHaveBeenCalled();
}

/**
 * With its credential removed on the wire, a secured operation gets Prism's 401 (seen by an onResponse
 * middleware, before the facade classifies it), and the facade turns that 401 into AuthenticationError.
 */
export async function expectUnauthenticated(
  target: ContractTarget,
  operation: ContractOperation,
): Promise<void> {
  const request = validRequest(target, operation);
  const credentials = alternativesOf(target, operation)[0] ?? {};
  const stripping = credentialStrippingFetch(credentialHeaderNames(target.securitySchemes));
  const client = clientFor(target, { ...credentials, fetch: stripping.fetch });
  const statuses: number[] = [];
  client.use({ onResponse: ({ response }) => void statuses.push(response.status) });

  const call = client.withResponse[verbOf(operation)](operation.path, callInit(request));
  const error = await call.catch((e: unknown) => e);
  expect(statuses).toEqual([401]);
  expect(error).toBeInstanceOf(AuthenticationError);
  expect((error as AuthenticationError).status).toBe(401);
  expect(stripping.stripped, 'the request carried a credential the stripping fetch removed').toBe(1);
}

/**
 * Leaves out something the request schema requires: the first required top-level field when the body has
 * one, else the body itself. Prism's 422 must reach the caller as UnprocessableEntityError whose violations
 * name what is missing.
 */
export async function expectMissingFieldRejected(
  target: ContractTarget,
  operation: ContractOperation,
): Promise<string> {
  const request = validRequest(target, operation);
  const body = request.body;
  const field = typeof body === 'object' && body !== null ? Object.keys(body)[0] : undefined;
  const broken: OperationRequest = { ...request, body: undefined };
  if (field !== undefined) {
    broken.body = Object.fromEntries(Object.entries(body as object).filter(([name]) => name !== field));
  }
  const credentials = alternativesOf(target, operation)[0] ?? {};
  const client = clientFor(target, credentials);
  const error = await client.withResponse[verbOf(operation)](operation.path, callInit(broken)).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnprocessableEntityError);
  const { violations } = error as UnprocessableEntityError;
  const expected =
    field === undefined
      ? expect.objectContaining({ code: 'required', location: ['request'] })
      : expect.objectContaining({ code: 'required', message: expect.stringContaining(`'${field}'`) });
  expect(violations).toContainEqual(expected);
  return field ?? '(body)';
}

/** `Prefer: code=<status>` for a documented error status: the facade throws the matching class. */
export async function expectDocumentedError(
  target: ContractTarget,
  operation: ContractOperation,
  status: number,
): Promise<void> {
  const request = validRequest(target, operation);
  const credentials = alternativesOf(target, operation)[0] ?? {};
  const client = clientFor(target, credentials);
  const init = callInit(request, { Prefer: `code=${status}` });
  const error = await client.withResponse[verbOf(operation)](operation.path, init).catch((e: unknown) => e);
  const [ErrorClass, name] = expectedError(status);
  expect(error).toBeInstanceOf(ErrorClass);
  expect((error as ApiError).name).toBe(name);
  expect((error as ApiError).status).toBe(status);
  const schema = responseSchema(target.spec, operation.path, operation.method, status);
  if (schema !== undefined) {
    const errors = target.validator.errors(schema, (error as ApiError).body);
    expect(errors, `${operation.key} ${status} body: ${describeErrors(errors)}`).toEqual([]);
  }
}

export function errorStatusesOf(
  target: Pick<ContractTarget, 'spec'>,
  operation: ContractOperation,
): number[] {
  return documentedErrorStatuses(target.spec, operation.path, operation.method);
}
