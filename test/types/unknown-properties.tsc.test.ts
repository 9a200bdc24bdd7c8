// Every property the spec does not declare, in every position an operation has (path, query, header, body), is a
// compile error through the facade's verbs, withResponse and paginate, and it is TypeScript's own excess-property
// error naming the property; every correct call compiles. The calls are generated from the spec and the generated
// metadata (test/types/support/misspelt-calls.ts), for the frozen mini-api fixture (it has header parameters) and
// for the live spec, and compiled in-process. The same calls through bare openapi-fetch show which holes the
// facade closes (README, "Types").
import { beforeAll, describe, expect, it } from 'vitest';
import { apiMetadata as miniMetadata } from '../fixtures/mini-api/generated/operations.ts';
import { liveOperations } from '../support/live-metadata.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import { loadSpec } from '../support/spec.ts';
import type { OpenApiDocument } from '../support/spec.ts';
import { misspeltCallsSnippet } from './support/misspelt-calls.ts';
import type {
  CallOperation,
  MisspeltCallsSnippet,
  SnippetCall,
  SnippetTarget,
} from './support/misspelt-calls.ts';
import { createSnippetService } from './support/snippet-service.ts';
import type { SnippetDiagnostic, SnippetService } from './support/snippet-service.ts';

/** TS2353 "Object literal may only specify known properties…", TS2561 the same with "Did you mean …?". */
const EXCESS_PROPERTY_CODES = [2353, 2561];

interface Api {
  name: string;
  specFile: string;
  operations: readonly CallOperation[];
  /** The generated types and metadata, relative to test/types. */
  generated: string;
  /** The facade client over this API, able to call every operation. */
  facadeClient: string[];
}

const MINI: Api = {
  name: 'the mini-api fixture',
  specFile: 'test/fixtures/mini-api/generated/openapi.fixed.json',
  operations: miniMetadata.operations,
  generated: '../fixtures/mini-api/generated',
  facadeClient: [
    "import { createApiClient } from '../../src/index.ts';",
    "import { defaultServerUrl, operationTable } from '../fixtures/mini-api/generated/client-metadata.ts';",
    'const client = createApiClient<paths>({ operationTable, defaultServerUrl }, { apiKey: "k", sessionToken: "t" });',
  ],
};

const LIVE: Api = {
  name: 'the live spec',
  specFile: 'generated/openapi.fixed.json',
  operations: liveOperations,
  generated: '../../generated',
  facadeClient: [
    "import { createLiveAvatarClient } from '../../src/index.ts';",
    'const client = createLiveAvatarClient({ apiKey: "k", sessionToken: "t" });',
  ],
};

const isPaginatedGet = ({ method, paginated }: Pick<CallOperation, 'method' | 'paginated'>) =>
  paginated && method === 'GET';

const facade = (api: Api): SnippetTarget => ({
  header: [`import type { paths } from '${api.generated}/schema.d.ts';`, ...api.facadeClient],
  surfaces: ({ method, paginated }) => [
    `client.${method}`,
    `client.withResponse.${method}`,
    ...(isPaginatedGet({ method, paginated }) ? ['client.paginate'] : []),
  ],
});

const bare = (api: Api): SnippetTarget => ({
  header: [
    "import createClient from 'openapi-fetch';",
    `import type { paths } from '${api.generated}/schema.d.ts';`,
    "const client = createClient<paths>({ baseUrl: 'https://example.test' });",
  ],
  surfaces: ({ method }) => [`client.${method}`],
});

const KINDS = { facade, bare } as const;
type Kind = keyof typeof KINDS;
const fileOf = (api: Api, kind: Kind) =>
  `test/types/__unknown-properties-${api === MINI ? 'mini' : 'live'}-${kind}.snippet.ts`;

const snippets = new Map<string, MisspeltCallsSnippet>();
let service: SnippetService;

beforeAll(async () => {
  const sources: Record<string, string> = {};
  for (const api of [MINI, LIVE]) {
    const spec: OpenApiDocument = await loadSpec(new URL(`../../${api.specFile}`, import.meta.url).pathname);
    const validator = createSchemaValidator(spec);
    for (const kind of ['facade', 'bare'] as const) {
      const snippet = misspeltCallsSnippet(KINDS[kind](api), spec, validator, api.operations);
      snippets.set(fileOf(api, kind), snippet);
      sources[fileOf(api, kind)] = snippet.source;
    }
  }
  service = createSnippetService(sources);
  // Building the program (the live paths types included) is the slow part: done once, here.
  service.diagnostics(fileOf(MINI, 'facade'));
}, 120_000);

function compiled(api: Api, kind: Kind): { calls: SnippetCall[]; byLine: Map<number, SnippetDiagnostic[]> } {
  const file = fileOf(api, kind);
  const snippet = snippets.get(file);
  if (!snippet) throw new Error(`${file} was not built`);
  const byLine = new Map<number, SnippetDiagnostic[]>();
  for (const diagnostic of service.diagnostics(file)) {
    byLine.set(diagnostic.line, [...(byLine.get(diagnostic.line) ?? []), diagnostic]);
  }
  return { calls: snippet.calls, byLine };
}

const describeCall = (call: SnippetCall) =>
  `${call.surface}(${call.operation})${call.position ? ` with ${call.position}.${call.unknownProperty}` : ''}`;

/** What a call should report: nothing, or one excess-property error naming the unknown property. */
function outcome(call: SnippetCall, diagnostics: readonly SnippetDiagnostic[]): string {
  if (diagnostics.length === 0) return 'compiles';
  const [only] = diagnostics;
  if (
    diagnostics.length === 1 &&
    only !== undefined &&
    EXCESS_PROPERTY_CODES.includes(only.code) &&
    // TypeScript quotes a name that is not an identifier (a header's `X-Trace-I`) once more.
    [`'${call.unknownProperty}'`, `'"${call.unknownProperty}"'`].some((name) => only.message.includes(name))
  )
    return 'excess property error naming it';
  return diagnostics.map(({ code, message }) => `TS${code}: ${message}`).join(' | ');
}

const expectedOutcome = (call: SnippetCall) =>
  call.position !== undefined && call.closed === true ? 'excess property error naming it' : 'compiles';

describe.each([MINI, LIVE])('unknown properties on $name', (api) => {
  it('through the facade (verbs, withResponse, paginate): each is an excess-property error naming it; every correct call compiles', () => {
    const { calls, byLine } = compiled(api, 'facade');
    const actual = calls.map((call) => [describeCall(call), outcome(call, byLine.get(call.line) ?? [])]);
    expect(Object.fromEntries(actual)).toEqual(
      Object.fromEntries(calls.map((call) => [describeCall(call), expectedOutcome(call)])),
    );
    // The spec gave something to misspell, and the facade's three surfaces were all tried.
    expect(
      calls.filter((call) => call.position !== undefined).length,
      'no operation with a position',
    ).toBeGreaterThan(0);
    const surfaces = [
      'client.withResponse.',
      ...(api.operations.some(isPaginatedGet) ? ['client.paginate'] : []),
    ];
    for (const surface of surfaces) {
      expect(
        calls.some((call) => call.surface.startsWith(surface)),
        `no call through ${surface}`,
      ).toBe(true);
    }
  });

  it('through bare openapi-fetch the same correct calls compile; the misspellings it lets through are reported', () => {
    const { calls, byLine } = compiled(api, 'bare');
    const correct = calls.filter((call) => call.position === undefined);
    expect(correct.flatMap((call) => (byLine.get(call.line) ?? []).map(({ message }) => message))).toEqual(
      [],
    );
    const misspelt = calls.filter((call) => call.position !== undefined && call.closed === true);
    const holes = misspelt.filter((call) => (byLine.get(call.line) ?? []).length === 0);
    const perPosition = new Map<string, number>();
    for (const { position = '' } of holes) perPosition.set(position, (perPosition.get(position) ?? 0) + 1);
    const byPosition = [...perPosition].map(([position, count]) => `${position} ${count}`).join(', ');
    console.info(
      `bare openapi-fetch on ${api.name}: ${holes.length} of ${misspelt.length} unknown properties compile` +
        (holes.length > 0 ? ` (${byPosition}): ${holes.map(describeCall).join('; ')}` : ''),
    );
    expect(misspelt.length).toBeGreaterThan(0);
  });
});

describe('the mini-api fixture', () => {
  it('has every position (path, query, header, body), so each is proven on a frozen spec', () => {
    const positions = new Set(snippets.get(fileOf(MINI, 'facade'))?.calls.map((call) => call.position));
    expect([...positions].filter((position) => position !== undefined).sort()).toEqual([
      'body',
      'header',
      'path',
      'query',
    ]);
  });
});
