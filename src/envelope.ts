import { ResponseParseError } from './errors.ts';
import type { OperationRef } from './errors.ts';
import type { SuccessBodyKind } from './operation-table.ts';

export interface DecodedSuccess {
  data: unknown;
  /** The envelope's `code` and `message` (the spec defaults code to 100; the web SDK uses 1000: both are fine). */
  code: number | undefined;
  message: string | undefined;
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
  context: { operation: OperationRef; attempts: number },
): DecodedSuccess {
  if (status === 204 || status === 205 || kind === '')
    return { data: undefined, code: undefined, message: undefined };
  const fail = (problem: string) =>
    new ResponseParseError(
      `${context.operation.method} ${context.operation.path}: HTTP ${status} ${problem}`,
      {
        ...context,
        status,
        contentType,
      },
    );
  if (text === undefined || text === '') throw fail('had an empty body where JSON was due');
  if (contentType === null || !JSON_CONTENT_TYPE.test(contentType)) {
    throw fail(
      `had content-type ${contentType ?? '(none)'} where application/json was due (${text.length} characters)`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw fail(`had malformed JSON (${text.length} characters): ${(error as Error).message}`);
  }
  if (kind === 'json') return { data: body, code: undefined, message: undefined };
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
