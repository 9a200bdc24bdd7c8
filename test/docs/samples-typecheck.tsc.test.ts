// Every typed call on the reference page compiles against the client (src/), with the client created as the page
// shows, and the mock's example data fits the type the call resolves to: the page cannot drift from the client.
// The model is built from the live spec and its metadata; nothing here names an operation.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferenceModel } from '../../scripts/docs/reference-model.ts';
import type { ReferenceModel } from '../../scripts/docs/reference-model.ts';
import { createSnippetService } from '../types/support/snippet-service.ts';
import { sampleModule } from './support/compile-samples.ts';
import type { SampleModule } from './support/compile-samples.ts';

const SAMPLES_FILE = 'test/docs/reference-samples.generated.ts';
const BROKEN_FILE = 'test/docs/reference-samples-broken.generated.ts';
const WRONG_CREDENTIAL_FILE = 'test/docs/reference-samples-wrong-credential.generated.ts';
const SRC_IMPORT = '../../src/index.ts';

let model: ReferenceModel;
let samples: SampleModule;
let sampleFailures: string[];
let brokenFailing: Set<string | undefined>;
let wrongCredentialFailing: Set<string | undefined>;

/** The same operations with each key-only sample given the session token instead, and vice versa. */
function swapCredentials(source: string): string {
  return source
    .replaceAll('createLiveAvatarClient({ sessionToken })', 'createLiveAvatarClient({ swapped: true })')
    .replaceAll(
      /createLiveAvatarClient\(\{\s*apiKey: process\.env\.LIVEAVATAR_API_KEY!,?\s*\}\)/g,
      'createLiveAvatarClient({ sessionToken })',
    )
    .replaceAll(
      'createLiveAvatarClient({ swapped: true })',
      'createLiveAvatarClient({ apiKey: process.env.LIVEAVATAR_API_KEY! })',
    );
}

beforeAll(async () => {
  model = await buildReferenceModel({ root: process.cwd() });
  samples = sampleModule(model.operations, SRC_IMPORT);
  // One path per sample made unknown: each must then fail, so the check above is not vacuous.
  const broken = samples.source.replaceAll(/client\.(\w+)\('\//g, "client.$1('/no-such-path/");
  const service = createSnippetService({
    [SAMPLES_FILE]: samples.source,
    [BROKEN_FILE]: broken,
    [WRONG_CREDENTIAL_FILE]: swapCredentials(samples.source),
  });
  // Type-checking src/ and the generated types is the slow part (seconds of CPU): done here, under the hook's
  // timeout, rather than inside the first test.
  const failingOperations = (file: string) =>
    new Set(service.diagnostics(file).map(({ line }) => samples.operationAt(line)));
  sampleFailures = service
    .diagnostics(SAMPLES_FILE)
    .map(({ line, message }) => `${samples.operationAt(line) ?? `line ${line}`}: ${message}`);
  brokenFailing = failingOperations(BROKEN_FILE);
  wrongCredentialFailing = failingOperations(WRONG_CREDENTIAL_FILE);
}, 180_000);

describe('reference page samples', () => {
  it('gives every operation of the spec a typed call', () => {
    expect(model.operations.length).toBeGreaterThan(0);
    const withoutSample = model.operations.filter(
      (operation) => operation.sample === undefined && operation.credential.kind !== 'unsupported',
    );
    expect(withoutSample.map((operation) => operation.key)).toEqual([]);
  });

  it('compiles every sample, and every mock response fits its call’s result type', () => {
    expect(sampleFailures).toEqual([]);
  });

  it('fails to compile a sample whose path the client does not know', () => {
    const sampled = model.operations.filter((operation) => operation.sample !== undefined);
    expect(sampled.filter((operation) => !brokenFailing.has(operation.key)).map((o) => o.key)).toEqual([]);
  });

  it('names the credential the types demand: the other one does not compile', () => {
    const singleCredential = model.operations.filter(
      (operation) => operation.credential.kind === 'apiKey' || operation.credential.kind === 'sessionToken',
    );
    expect(singleCredential.length).toBeGreaterThan(0);
    expect(
      singleCredential.filter((operation) => !wrongCredentialFailing.has(operation.key)).map((o) => o.key),
    ).toEqual([]);
  });
});
