/**
 * `generated/mock-data.ts`: what the MSW handlers (`liveavatar-client/msw`) answer, taken from the served spec
 * (the fixed spec with its generated `mock` examples): every operation's success status and example envelope,
 * and the session lifecycle the shared session model needs (src/mock). A compact module instead of the whole
 * spec, so the /msw entry carries about a fifth of its bytes; a new upstream operation gets an entry here after
 * `npm run generate`.
 */
import { findLifecycleRoutes, LifecycleRouteError } from '../../src/mock/lifecycle-routes.ts';
import { objectAt } from '../../src/mock/spec-reader.ts';
import { GENERATED_HEADER } from './emit.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

interface MockOperation {
  method: string;
  path: string;
  status: number;
  /** The success response's generated example (the whole body), or null when it has no JSON body. */
  body: unknown;
}

function mockOperations(spec: Record<string, unknown>): MockOperation[] {
  const operations: MockOperation[] = [];
  for (const [path, item] of Object.entries(objectAt(spec.paths))) {
    for (const method of METHODS) {
      const operation = objectAt(objectAt(item)[method]);
      if (Object.keys(operation).length === 0) continue;
      const [status = '200', response] =
        Object.entries(objectAt(operation.responses)).find(([code]) => /^2\d\d$/.test(code)) ?? [];
      const media = objectAt(objectAt(objectAt(response).content)['application/json']);
      const example = Object.values(objectAt(media.examples)).map((entry) => objectAt(entry).value)[0];
      operations.push({ method: method.toUpperCase(), path, status: Number(status), body: example ?? null });
    }
  }
  return operations;
}

/** The lifecycle routes and model options, or why the spec has none (then the handlers say so when built). */
function lifecycle(spec: Record<string, unknown>): unknown {
  try {
    return findLifecycleRoutes(spec);
  } catch (error) {
    if (error instanceof LifecycleRouteError) return { error: error.message };
    throw error;
  }
}

export function emitMockDataModule(servedSpecText: string): string {
  const spec = JSON.parse(servedSpecText) as Record<string, unknown>;
  const operations = mockOperations(spec).map((operation) => JSON.stringify(operation));
  return `${GENERATED_HEADER}
/** Every operation's success status and generated example (shape: MockData in src/msw/mock-data.ts). */
export const mockOperations: readonly unknown[] = [
  ${operations.join(',\n  ')},
];

/** The session lifecycle found in the spec (src/mock/lifecycle-routes.ts), or \`{ error }\` saying what is missing. */
export const mockLifecycle: unknown = ${JSON.stringify(lifecycle(spec))};
`;
}
