import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'tsdown';
import { BROWSER_BUNDLE_PATH, buildBrowserBundle } from './scripts/build-browser.ts';
import {
  minifyValidatorsChunk,
  VALIDATORS_CHUNK,
  validatorsChunkGroup,
} from './scripts/build/minify-validators.ts';

/** Types for `liveavatar-client/browser`: the bundle exports exactly what the main entry does. */
const BROWSER_TYPES_PATH = BROWSER_BUNDLE_PATH.replace(/\.js$/, '.d.ts');
const BROWSER_TYPES = "export * from '../index.js';\n";
/** The fixed spec (with its generated examples) for the `liveavatar-mock` bin: see scripts/mock/locations.ts. */
const FIXED_SPEC_PATH = 'generated/openapi.fixed.json';
const SHIPPED_SPEC_PATH = 'dist/openapi.fixed.json.gz';

// The published package is ESM only (see README "Install"): Node >= 20.19 can require() it, and one copy of the
// error classes keeps `instanceof` reliable. openapi-fetch stays external (the only runtime dependency); the
// generated operation table and the `paths` types are bundled in, so consumers get every operation typed.
export default defineConfig({
  // `raw` (the plain openapi-fetch client) is its own entry so that the main one, and the browser bundle, carry
  // neither openapi-fetch's createClient nor the credential middleware. What both entries use lands in one shared
  // chunk, so there is still one copy of each error class.
  // `validate` (response validation) likewise: its compiled validators never reach the main entry or the browser.
  // `msw` (the MSW handlers) and `liveavatar-mock` (the mock command's bin) load their optional peers; nothing
  // of theirs reaches the main entry.
  entry: {
    index: 'src/index.ts',
    raw: 'src/raw.ts',
    validate: 'src/validate.ts',
    msw: 'src/msw/index.ts',
    'liveavatar-mock': 'scripts/liveavatar-mock.ts',
  },
  // The generated validators get a chunk of their own, the only one minified (see scripts/build/minify-validators.ts).
  outputOptions: {
    chunkFileNames: (chunk) =>
      chunk.name === VALIDATORS_CHUNK ? `${VALIDATORS_CHUNK}-[hash].js` : 'shared-[hash].js',
    codeSplitting: { groups: [validatorsChunkGroup] },
  },
  plugins: [minifyValidatorsChunk()],
  // The package says `sideEffects: false` (true of the library); the bin's script runs on import.
  treeshake: { moduleSideEffects: (id, external) => external || /scripts[\\/]mock\.ts$/.test(id) },
  format: 'esm',
  platform: 'neutral',
  // Node's built-ins, imported by the bin only.
  deps: { neverBundle: [/^node:/] },
  target: 'es2022',
  dts: true,
  outDir: 'dist',
  clean: true,
  report: false,
  // Emitting declarations for ~100 kB of generated `paths` is legitimately the slow part; no need to warn.
  // (The deprecated name: with this rolldown release, `bundlerTimings: false` does not silence the warning.)
  checks: { pluginTimings: false },
  hooks: {
    // The `./browser` export: the self-contained minified bundle (openapi-fetch inlined) for pages without a
    // bundler, built by the same script the browser tests and the size budget use.
    'build:done': async () => {
      await buildBrowserBundle(BROWSER_BUNDLE_PATH);
      await writeFile(BROWSER_TYPES_PATH, BROWSER_TYPES);
      // The spec the bin serves, minified and gzipped (~30 kB instead of 320 kB): every backend install carries
      // it, and `npm i liveavatar-client` stays under 1 MiB. The bin unpacks it once (scripts/mock/locations.ts).
      const minified = JSON.stringify(JSON.parse(await readFile(FIXED_SPEC_PATH, 'utf8')));
      await writeFile(SHIPPED_SPEC_PATH, gzipSync(minified, { level: 9 }));
    },
  },
});
