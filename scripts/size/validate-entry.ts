/**
 * What `liveavatar-client/validate` costs an app that imports it: the entry with its generated validators,
 * minified and gzipped like the browser bundle. The main entry never loads it, so it adds nothing to the
 * browser bundle; openapi-fetch stays external (the entry only uses its types).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { gzipSize } from './gzip.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface EntryMeasurement {
  minifiedBytes: number;
  gzipBytes: number;
  /** The generated validators' share of the minified bytes. */
  validatorsMinifiedBytes: number;
}

export async function measureValidateEntry(): Promise<EntryMeasurement> {
  const result = await build({
    entryPoints: [resolve(projectRoot, 'src/validate.ts')],
    absWorkingDir: projectRoot,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['openapi-fetch'],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild produced no validate bundle');
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const validators = Object.entries(inputs).find(([file]) =>
    file.endsWith('generated/response-validators.js'),
  );
  return {
    minifiedBytes: output.contents.byteLength,
    gzipBytes: gzipSize(output.contents),
    validatorsMinifiedBytes: validators?.[1].bytesInOutput ?? 0,
  };
}
