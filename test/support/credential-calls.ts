// Source code calling every operation of a generated operation list through clients holding different
// credentials, with what the compiler must say about each call, derived from the operations' security and the
// spec's schemes (never a hand-written list). Used by the diagnostics test and the packed-package consumer test.
import { credentialsFor } from './credentials.ts';
import type { SchemeSpec } from './credentials.ts';

export interface CredentialCallOperation {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly security: readonly (readonly string[])[];
  readonly paginated: boolean;
}

type Credential = 'apiKey' | 'sessionToken';

export interface ClientCase {
  /** The variable the snippet binds the client to. */
  readonly name: string;
  /** TypeScript source of the options argument. */
  readonly options: string;
  readonly held: readonly Credential[];
}

/** One client per credential shape: token (as a function), key, none, both, and options typed wide. */
export const CLIENT_CASES: readonly ClientCase[] = [
  { name: 'tokenClient', options: "{ sessionToken: () => 'token' }", held: ['sessionToken'] },
  { name: 'keyClient', options: "{ apiKey: 'key' }", held: ['apiKey'] },
  { name: 'anonymousClient', options: '{}', held: [] },
  {
    name: 'bothClient',
    options: "{ apiKey: 'key', sessionToken: 'token' }",
    held: ['apiKey', 'sessionToken'],
  },
  { name: 'wideClient', options: 'wideOptions', held: ['apiKey', 'sessionToken'] },
];

/**
 * What a client holding `held` is told when calling the operation ("GET /x needs apiKey"), or undefined when the
 * call compiles: each alternative's missing credentials joined by " + ", alternatives by " or ", in spec order.
 */
export function expectedMissing(
  operation: CredentialCallOperation,
  schemes: Readonly<Record<string, SchemeSpec>>,
  held: readonly Credential[],
): string | undefined {
  const alternatives = operation.security.map((schemeNames) =>
    (Object.keys(credentialsFor(schemeNames, schemes)) as Credential[]).sort(),
  );
  if (alternatives.length === 0 || alternatives.some((names) => names.every((name) => held.includes(name)))) {
    return undefined;
  }
  const missing = alternatives.map((names) => names.filter((name) => !held.includes(name)).join(' + '));
  return `${operation.key} needs ${[...new Set(missing)].join(' or ')}`;
}

export interface ExpectedCall {
  /** 1-based line of the call in the snippet. */
  readonly line: number;
  readonly call: string;
  /** The missing-credential text the compiler must report there, or undefined: no error at all. */
  readonly missing: string | undefined;
}

export interface CredentialCallsSnippet {
  readonly source: string;
  readonly calls: readonly ExpectedCall[];
}

/**
 * A module that creates one client per CLIENT_CASES entry with `createClient(options source)` and calls every
 * operation on the verb method, on withResponse and (when paginated) on paginate. `header` holds the imports and
 * declares `wideOptions: ClientOptions`.
 */
export function credentialCallsSnippet(
  header: readonly string[],
  createClient: (options: string) => string,
  operations: readonly CredentialCallOperation[],
  schemes: Readonly<Record<string, SchemeSpec>>,
): CredentialCallsSnippet {
  const lines = [
    ...header,
    ...CLIENT_CASES.map(({ name, options }) => `const ${name} = ${createClient(options)};`),
  ];
  const calls: ExpectedCall[] = [];
  lines.push('export async function callEverything(): Promise<void> {');
  for (const operation of operations) {
    const path = JSON.stringify(operation.path);
    for (const client of CLIENT_CASES) {
      const missing = expectedMissing(operation, schemes, client.held);
      const surfaces = [
        `${client.name}.${operation.method}`,
        `${client.name}.withResponse.${operation.method}`,
      ];
      if (operation.paginated) surfaces.push(`${client.name}.paginate`);
      for (const surface of surfaces) {
        const call = `${surface}(${path}, {} as never)`;
        lines.push(`  void ${call};`);
        calls.push({ line: lines.length, call, missing });
      }
    }
  }
  lines.push('}', '');
  return { source: lines.join('\n'), calls };
}

/** The paths each client may call per verb (and `paginate`), i.e. what an editor should complete. */
export function callablePathsByClient(
  operations: readonly CredentialCallOperation[],
  schemes: Readonly<Record<string, SchemeSpec>>,
): Map<string, Map<string, string[]>> {
  const result = new Map<string, Map<string, string[]>>();
  for (const client of CLIENT_CASES) {
    const bySurface = new Map<string, string[]>();
    for (const operation of operations) {
      const allowed = expectedMissing(operation, schemes, client.held) === undefined;
      const surfaces = [operation.method, ...(operation.paginated ? ['paginate'] : [])];
      for (const surface of surfaces) {
        const paths = bySurface.get(surface) ?? [];
        if (allowed) paths.push(operation.path);
        bySurface.set(surface, paths);
      }
    }
    result.set(client.name, bySurface);
  }
  return result;
}

/** The diagnostic TypeScript reports for a path argument that needs a missing credential. */
export function missingCredentialMessage(missing: string): string {
  return `Argument of type 'string' is not assignable to parameter of type 'MissingCredential<"${missing}">'.`;
}
