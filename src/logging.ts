import type { OperationRef } from './errors.ts';
import type { LogFields, Logger } from './options.ts';

/** Hands one line to the client's logger, if any; a logger that throws must not fail (or retry) the request. */
export function logSafely(
  logger: Logger | undefined,
  level: keyof Logger,
  message: string,
  operation: OperationRef,
  fields: Omit<LogFields, 'method' | 'path'>,
): void {
  try {
    // Without `?.`, a missing logger or level would throw a TypeError into the catch below: the same outcome,
    // so the `?.` only spares throwing and catching one.
    // Stryker disable next-line OptionalChaining: a missing logger or level ends in the catch, as with `?.`
    logger?.[level]?.(message, { ...operation, ...fields });
  } catch {
    // Swallowed on purpose: logging is best effort.
  }
}
