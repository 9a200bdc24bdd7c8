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
      return `security changed from ${securityText(fact.before)} to ${securityText(fact.after)}`;
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
    case 'enum-changed':
      return describeEnumChange(fact.before, fact.after);
    case 'type-changed':
      return `type changed from ${fact.before.join(' | ')} to ${fact.after.join(' | ')}`;
    case 'variant-added':
      return `variant ${fact.variant} added`;
    case 'variant-removed':
      return `variant ${fact.variant} removed`;
  }
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
