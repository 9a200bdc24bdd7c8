import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PipelineError } from '../pipeline/errors.ts';

export const DEFAULT_SPEC_URL = 'https://docs.liveavatar.com/openapi.json';
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/** The raw text of the candidate document; `label` is what error messages and the report call its source. */
export interface SpecSource {
  label: string;
  text: string;
}

/**
 * Reads the candidate document from an http(s) URL or a local file (a path or a file: URL), so the update flow
 * also works offline. Only the transport is checked here; whether the text is an OpenAPI document is
 * validate-openapi.ts's job.
 */
export async function loadSpecSource(
  source: string,
  timeoutMs = DEFAULT_FETCH_TIMEOUT_MS,
): Promise<SpecSource> {
  if (/^https?:\/\//i.test(source)) return { label: source, text: await fetchText(source, timeoutMs) };
  const file = source.startsWith('file:') ? fileURLToPath(source) : source;
  try {
    return { label: source, text: await readFile(file, 'utf8') };
  } catch (error) {
    throw new PipelineError(
      source,
      '',
      `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      // Without a deadline a stalled server would hang the maintainer's terminal (or CI) indefinitely.
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new PipelineError(url, '', describeFetchFailure(error, timeoutMs));
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw new PipelineError(url, '', `expected HTTP 200, got HTTP ${response.status}${statusText}`);
  }
  try {
    return await response.text();
  } catch (error) {
    throw new PipelineError(url, '', `the download broke off: ${describeFetchFailure(error, timeoutMs)}`);
  }
}

/** fetch() reports every network problem as "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND…) is the cause. */
function describeFetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no response within ${timeoutMs} ms (raise it with --timeout <ms>)`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const detail = code ?? (cause instanceof Error ? cause.message : undefined);
  const message = error instanceof Error ? error.message : String(error);
  return `network request failed: ${message}${detail ? ` (${detail})` : ''}`;
}
