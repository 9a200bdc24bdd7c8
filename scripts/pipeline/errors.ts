/** A pipeline failure that names the file and the JSON location it is about, so a maintainer can go straight there. */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';

  constructor(
    readonly file: string,
    readonly location: string,
    readonly problem: string,
  ) {
    super(`${file}${location ? ` at ${location}` : ''}: ${problem}`);
  }
}
