import { PipelineError } from './errors.ts';

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
