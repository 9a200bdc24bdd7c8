/**
 * Bundles the client in memory, varied for measurement: with a slice of the generated operation table (what the
 * table costs, how the bundle grows per operation) or without openapi-fetch (the facade's own share).
 * The esbuild options mirror scripts/build-browser.ts (the shipped bundle);
 * scripts/size.ts checks that the full-table variant reproduces the shipped bytes, so the two cannot drift apart
 * unnoticed.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Metafile, Plugin } from 'esbuild';
import { defaultServerUrl, operationTable } from '../../generated/client-metadata.ts';
import { gzipSize } from './gzip.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TABLE_MODULE = /[\\/]generated[\\/]client-metadata\.ts$/;

/** How many operations the generated table holds. */
export const OPERATION_COUNT = Object.keys(operationTable.operations).length;

export interface BundleMeasurement {
  operations: number;
  minifiedBytes: number;
  gzipBytes: number;
  code: Uint8Array;
  metafile: Metafile;
}

/** The generated module's source with only the first `count` operations kept (security schemes stay whole). */
function tableModuleSource(count: number): string {
  const operations = Object.fromEntries(Object.entries(operationTable.operations).slice(0, count));
  const table = { ...operationTable, operations };
  return (
    `export const defaultServerUrl = ${JSON.stringify(defaultServerUrl)};\n` +
    `export const operationTable = ${JSON.stringify(table)};\n`
  );
}

function tableSlicePlugin(count: number): Plugin {
  return {
    name: 'operation-table-slice',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: TABLE_MODULE }, () => ({
        contents: tableModuleSource(count),
        loader: 'ts',
      }));
    },
  };
}

export interface BundleVariant {
  /** Keep only the first N operations of the generated table (default: the real generated file, untouched). */
  operations?: number;
  /** Leave openapi-fetch out of the bundle, to measure the facade's own share. */
  withoutOpenapiFetch?: boolean;
}

/** Bundles src/index.ts in memory (nothing is written) the way the browser bundle is built, varied as asked. */
export async function bundleClient({
  operations,
  withoutOpenapiFetch = false,
}: BundleVariant = {}): Promise<BundleMeasurement> {
  const result = await build({
    entryPoints: [resolve(projectRoot, 'src/index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    metafile: true,
    outfile: 'liveavatar-client.js',
    external: withoutOpenapiFetch ? ['openapi-fetch'] : [],
    plugins: operations === undefined ? [] : [tableSlicePlugin(operations)],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output file');
  return {
    operations: operations ?? OPERATION_COUNT,
    minifiedBytes: output.contents.byteLength,
    gzipBytes: gzipSize(output.contents),
    code: output.contents,
    metafile: result.metafile,
  };
}
