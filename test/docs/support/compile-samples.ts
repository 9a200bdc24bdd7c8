// The page's samples as one TypeScript module compiled against src/ (the page's `liveavatar-client` import is
// pointed at src/index.ts): each sample in its own function, verbatim, plus a line that assigns the mock's
// example data to the call's result type, so the response shown must fit the type the call resolves to.
import { SAMPLE_SETUP } from '../../../scripts/docs/call-sample.ts';
import type { ReferenceOperation } from '../../../scripts/docs/reference-model.ts';

const PACKAGE_IMPORT = "from 'liveavatar-client';";

export interface SampleModule {
  source: string;
  /** Which operation each line belongs to (1-based line → operation key). */
  operationAt(line: number): string | undefined;
}

export function sampleModule(operations: readonly ReferenceOperation[], srcImport: string): SampleModule {
  if (!SAMPLE_SETUP.includes(PACKAGE_IMPORT))
    throw new Error(`the sample setup no longer imports ${PACKAGE_IMPORT}`);
  const lines = SAMPLE_SETUP.replace(PACKAGE_IMPORT, `from '${srcImport}';`).split('\n');
  const owners: (string | undefined)[] = lines.map(() => undefined);
  operations.forEach((operation, index) => {
    if (operation.sample === undefined) return;
    const body = [`export async function sample${index}(): Promise<void> {`, ...operation.sample.split('\n')];
    const data = mockData(operation);
    if (data !== undefined)
      body.push(`const mockData: typeof data = ${JSON.stringify(data)};`, 'void mockData;');
    body.push('}');
    lines.push(...body);
    owners.push(...body.map(() => operation.key));
  });
  return { source: `${lines.join('\n')}\n`, operationAt: (line) => owners[line - 1] };
}

/** The `data` of the mock's envelope, when the call resolves to it. */
function mockData(operation: ReferenceOperation): unknown {
  const body = operation.response?.body;
  if (operation.resolvesTo === 'body') return body;
  if (operation.resolvesTo !== 'data' || typeof body !== 'object' || body === null) return undefined;
  return (body as Record<string, unknown>).data;
}
