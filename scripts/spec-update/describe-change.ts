import { authWidened } from './breaking-rules.ts';
import type { ChangeFact } from './change-facts.ts';

/** Security alternatives as one comparable line: `APIKeyHeader | HTTPBearer`, `none` when no credential is needed. */
export function securityText(security: string[][]): string {
  return security.length === 0
    ? 'none'
    : security
        .map((all) => all.join(' + '))
        .sort()
        .join(' | ');
}

function list(values: readonly (string | number)[]): string {
  return values.length === 0 ? 'none' : values.join(', ');
}

/** What changed, in words; the location and field are added by the caller. */
export function describeFact(fact: ChangeFact): string {
  switch (fact.kind) {
    case 'operation-added':
      return 'operation added';
    case 'operation-removed':
      return 'operation removed';
    case 'operation-id-changed':
      return `operationId changed from ${fact.before} to ${fact.after}`;
    case 'security-changed':
      return authWidened(fact.before, fact.after)
        ? `security widened from ${securityText(fact.before)} to ${securityText(fact.after)} (every credential that worked still does)`
        : `security changed from ${securityText(fact.before)} to ${securityText(fact.after)}`;
    case 'success-statuses-changed':
      return `success status changed from ${list(fact.before)} to ${list(fact.after)}`;
    case 'request-body-changed':
      return `changed from ${fact.before} to ${fact.after}`;
    case 'parameter-added':
    case 'field-added':
      return `added (${fact.required ? 'required' : 'optional'})`;
    case 'parameter-removed':
    case 'field-removed':
      return 'removed';
    case 'parameter-required-changed':
    case 'field-required-changed':
      return fact.required ? 'now required' : 'no longer required';
    case 'response-added':
      return `response status ${fact.status} added`;
    case 'response-removed':
      return `response status ${fact.status} removed`;
    case 'media-type-added':
      return `media type ${fact.mediaType} added`;
    case 'media-type-removed':
      return `media type ${fact.mediaType} removed`;
    case 'enum-changed': {
      const text = describeEnumChange(fact.before, fact.after);
      return mayBreakExhaustiveSwitches(fact) ? `${text} (may break exhaustive switches)` : text;
    }
    case 'deprecated-changed':
      return fact.deprecated ? 'deprecated' : 'no longer deprecated';
    case 'type-changed':
      return `type changed from ${fact.before.join(' | ')} to ${fact.after.join(' | ')}`;
    case 'variant-added':
      return `variant ${fact.variant} added`;
    case 'variant-removed':
      return `variant ${fact.variant} removed`;
  }
}

/** A response enum that gained values: not breaking, but code switching over every known value meets a new one. */
export function mayBreakExhaustiveSwitches(fact: ChangeFact): boolean {
  if (fact.kind !== 'enum-changed' || fact.side !== 'response') return false;
  const { before, after } = fact;
  return before !== undefined && after !== undefined && after.some((value) => !before.includes(value));
}

function describeEnumChange(before: string[] | undefined, after: string[] | undefined): string {
  if (before === undefined) return `now limited to ${list(after ?? [])}`;
  if (after === undefined) return `no longer limited to ${list(before)}`;
  const removed = before.filter((value) => !after.includes(value));
  const added = after.filter((value) => !before.includes(value));
  return [
    removed.length > 0 ? `enum values removed: ${list(removed)}` : '',
    added.length > 0 ? `enum values added: ${list(added)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
