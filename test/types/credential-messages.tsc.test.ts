// What a developer sees: the compiler's message for a call the client's credentials cannot authorize names the
// missing credential in one line, and the editor completes only callable paths. Every operation of the frozen
// fixture and of the live spec, through clients holding each credential shape; expectations come from the
// generated operation metadata, never from a list of today's operations.
import { beforeAll, describe, expect, it } from 'vitest';
import { apiMetadata as fixtureMetadata } from '../fixtures/credentials-api/generated/operations.ts';
import { apiMetadata as liveMetadata } from '../../generated/operations.ts';
import {
  callablePathsByClient,
  CLIENT_CASES,
  credentialCallsSnippet,
  missingCredentialMessage,
} from '../support/credential-calls.ts';
import type { CredentialCallOperation, CredentialCallsSnippet } from '../support/credential-calls.ts';
import type { SchemeSpec } from '../support/credentials.ts';
import { createSnippetService } from './support/snippet-service.ts';
import type { SnippetService } from './support/snippet-service.ts';

interface Target {
  name: string;
  header: string[];
  createClient: (options: string) => string;
  operations: readonly CredentialCallOperation[];
  schemes: Readonly<Record<string, SchemeSpec>>;
}

const FIXTURE: Target = {
  name: 'the credentials-api fixture',
  header: [
    "import { createApiClient } from '../../src/index.ts';",
    "import type { ClientOptions, GeneratedApi } from '../../src/index.ts';",
    "import { defaultServerUrl, operationTable } from '../fixtures/credentials-api/generated/client-metadata.ts';",
    "import type { paths } from '../fixtures/credentials-api/generated/schema.d.ts';",
    "import type { SecurityMap } from '../fixtures/credentials-api/generated/security-map.ts';",
    'const fixture: GeneratedApi<paths, SecurityMap> = { operationTable, defaultServerUrl };',
    'const wideOptions: ClientOptions = {};',
  ],
  createClient: (options) => `createApiClient(fixture, ${options})`,
  operations: fixtureMetadata.operations,
  schemes: fixtureMetadata.securitySchemes,
};

const LIVE: Target = {
  name: 'the live spec',
  header: [
    "import { createLiveAvatarClient } from '../../src/index.ts';",
    "import type { ClientOptions } from '../../src/index.ts';",
    'const wideOptions: ClientOptions = {};',
  ],
  createClient: (options) => `createLiveAvatarClient(${options})`,
  operations: liveMetadata.operations,
  schemes: liveMetadata.securitySchemes,
};

/** One line per client, verb surface and paginate, each with an empty path literal to complete in. */
function completionSnippet(target: Target): string {
  const lines = [...target.header];
  const verbs = [...new Set(target.operations.map((operation) => operation.method))];
  for (const client of CLIENT_CASES) {
    lines.push(`const ${client.name} = ${target.createClient(client.options)};`);
    for (const verb of verbs)
      lines.push(`void ${client.name}.${verb}('');`, `void ${client.name}.withResponse.${verb}('');`);
    lines.push(`void ${client.name}.paginate('');`);
  }
  return `${lines.join('\n')}\n`;
}

const snippetFile = (target: Target, kind: string) =>
  `test/types/__${target === FIXTURE ? 'fixture' : 'live'}-${kind}.snippet.ts`;

const calls = new Map<Target, CredentialCallsSnippet>();
let service: SnippetService;

beforeAll(() => {
  const snippets: Record<string, string> = {};
  for (const target of [FIXTURE, LIVE]) {
    const snippet = credentialCallsSnippet(
      target.header,
      target.createClient,
      target.operations,
      target.schemes,
    );
    calls.set(target, snippet);
    snippets[snippetFile(target, 'calls')] = snippet.source;
    snippets[snippetFile(target, 'completions')] = completionSnippet(target);
  }
  service = createSnippetService(snippets);
  // Building the program (the live paths types included) is the slow part: done once, here.
  service.diagnostics(snippetFile(FIXTURE, 'calls'));
}, 120_000);

describe.each([FIXTURE, LIVE])('compile-time credential checks on $name', (target) => {
  it('a call the credentials cannot authorize is one error naming what is missing; every other call compiles', () => {
    const snippet = calls.get(target);
    if (!snippet) throw new Error('snippet not built');
    const diagnostics = service.diagnostics(snippetFile(target, 'calls'));
    const actual = diagnostics.map(({ line, code, message }) => ({ line, code, message }));
    const expected = snippet.calls
      .filter((call) => call.missing !== undefined)
      .map((call) => ({
        line: call.line,
        code: 2345,
        message: missingCredentialMessage(call.missing ?? ''),
      }));
    expect(actual).toEqual(expected);
    // Both outcomes occur on every spec: public operations compile for all clients, and the anonymous client
    // cannot call the others.
    expect(expected.length).toBeGreaterThan(0);
    expect(snippet.calls.length).toBeGreaterThan(expected.length);
    for (const { message } of actual) expect(message).not.toContain('\n');
  });

  it('the editor completes exactly the paths each client can call, per verb, withResponse and paginate', () => {
    const file = snippetFile(target, 'completions');
    for (const [client, bySurface] of callablePathsByClient(target.operations, target.schemes)) {
      for (const [surface, paths] of bySurface) {
        const expected = [...new Set(paths)].sort();
        expect(service.completionsAfter(file, `${client}.${surface}('`), `${client}.${surface}`).toEqual(
          expected,
        );
        if (surface === 'paginate') continue;
        expect(service.completionsAfter(file, `${client}.withResponse.${surface}('`)).toEqual(expected);
      }
    }
  });
});
