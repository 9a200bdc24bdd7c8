// What the live check reads from a project root: the fixed spec, the generated metadata and the client's table
// (all from `npm run generate`), so it checks exactly what the client was generated from.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GeneratedApi } from '../../src/types.ts';
import type { OperationMetadata } from '../pipeline/operations.ts';
import { readJsonFile } from '../pipeline/read-json.ts';

export interface LiveCheckProject {
  spec: Record<string, unknown>;
  /** Where the spec was read from, relative to the root, for the report. */
  specFile: string;
  operations: readonly OperationMetadata[];
  generated: GeneratedApi;
}

export const FIXED_SPEC = 'generated/openapi.fixed.json';

export async function loadProject(root: string): Promise<LiveCheckProject> {
  const at = (file: string) => pathToFileURL(path.resolve(root, file)).href;
  const [{ value: spec }, metadata, client] = await Promise.all([
    readJsonFile(path.resolve(root, FIXED_SPEC)),
    import(at('generated/operations.ts')) as Promise<{ apiMetadata: { operations: OperationMetadata[] } }>,
    import(at('generated/client-metadata.ts')) as Promise<GeneratedApi>,
  ]);
  return {
    spec: spec as Record<string, unknown>,
    specFile: FIXED_SPEC,
    operations: metadata.apiMetadata.operations,
    generated: { operationTable: client.operationTable, defaultServerUrl: client.defaultServerUrl },
  };
}
