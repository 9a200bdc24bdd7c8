/**
 * The package's `liveavatar-client/validate` carries the generated Ajv validators (generated/response-validators.js):
 * ~300 kB of machine-written code that every backend install unpacks, though only apps that opt in ever load it.
 * The build puts them in a chunk of their own and minifies only that chunk (~170 kB), so `npm i liveavatar-client`
 * stays within its 1 MiB budget (`npm run size`) while the hand-written entries stay readable in `dist/`.
 */
import { transform } from 'esbuild';
import type { Plugin } from 'rolldown';

/** The chunk's name, also its file name's prefix in `dist/`. */
export const VALIDATORS_CHUNK = 'response-validators';

/** Rolldown's code-splitting group that moves the validators module into its own chunk. */
export const validatorsChunkGroup = {
  name: VALIDATORS_CHUNK,
  test: /generated[\\/]response-validators\.js$/,
};

/**
 * Minifies the validators chunk (names, syntax, whitespace) and leaves every other chunk as built. It runs on the
 * finished bundle: a `renderChunk` result would be printed again by Rolldown, whitespace and all.
 */
export function minifyValidatorsChunk(): Plugin {
  return {
    name: 'liveavatar:minify-validators',
    async generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || output.name !== VALIDATORS_CHUNK) continue;
        const result = await transform(output.code, {
          minify: true,
          format: 'esm',
          target: 'es2022',
          legalComments: 'none',
          logLevel: 'warning',
        });
        output.code = result.code;
      }
    },
  };
}
