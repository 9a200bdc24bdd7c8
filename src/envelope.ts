import { afterAttempts, operationName, ResponseParseError } from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { SuccessBodyKind } from './operation-table.ts';

export interface DecodedSuccess {
  /** Absent for bodiless answers. */
  data?: unknown;
  /** The envelope's `code` and `message` (the spec defaults code to 100; the web SDK uses 1000: both are fine). */
  code?: number | undefined;
  message?: string | undefined;
}

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Turns the text of a 2xx body into what the caller gets: the envelope's `data`, plain JSON as is, or
 * undefined for bodiless answers. Anything that contradicts the spec is a ResponseParseError, never a guess.
 */
export function decodeSuccess(
  kind: SuccessBodyKind,
  status: number,
  text: string | undefined,
  contentType: string | null,
  context: { operation: OperationRef; attempts: number; redact: (text: string) => string },
): DecodedSuccess {
  const { operation, attempts, redact } = context;
  // The server chooses the content type, and may echo a credential into it.
  const fail = (problem: string) =>
    new ResponseParseError(
      `${operationName(operation)}: HTTP ${status} ${problem} (${afterAttempts(attempts)})`,
      { operation, attempts, status, contentType: contentType === null ? null : redact(contentType) },
    );
  if (kind === '') return {};
  // A bodiless answer where the spec promises data would hand the caller `undefined` typed as data.
  if (status === 204 || status === 205) {
    if (kind === 'data') throw fail('had no body where the spec promises data');
    return {};
  }
  if (text === undefined || text === '') throw fail('had an empty body where JSON was due');
  // No content-type reads as "null", which is not JSON either.
  if (!JSON_CONTENT_TYPE.test(String(contentType))) {
    throw fail(
      `had content-type ${contentType === null ? '(none)' : redact(contentType)} where application/json was due (${text.length} characters)`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    // V8 quotes part of the offending text (`, "…" is not valid JSON`, cut short as `"…"...` or `..."…"...` for
    // longer text); a hostile body may echo a credential, and a cut-off one escapes the redactor.
    const reason = (error as Error).message.replace(/, .*is not valid JSON/s, ' (not valid JSON)');
    throw fail(`had malformed JSON (${text.length} characters): ${redact(reason)}`);
  }
  if (kind === 'json') return { data: body };
  if (typeof body !== 'object' || body === null || !('data' in body)) {
    throw fail('body is not the {code, data, message} envelope');
  }
  const envelope = body as { code?: unknown; data: unknown; message?: unknown };
  if (envelope.data === null && kind === 'data')
    throw fail('envelope has data: null where the spec promises data');
  return {
    data: envelope.data,
    code: typeof envelope.code === 'number' ? envelope.code : undefined,
    message: typeof envelope.message === 'string' ? envelope.message : undefined,
  };
}
