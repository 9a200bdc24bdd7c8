import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { PipelineError } from './errors.ts';

/** True when the module at `url` is the script node was started with (so tests can import it safely). */
export function isMainModule(url: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(realpathSync(entry)).href === url;
}

/** Runs a script body; known failures print one clear line and exit 1, anything else keeps its stack. */
export async function runMain(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof PipelineError) console.error(`error: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  }
}
