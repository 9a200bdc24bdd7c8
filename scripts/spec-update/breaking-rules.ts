import type { ChangeFact } from './change-facts.ts';

/**
 * What counts as breaking for a client of this API, and why: a caller written against the old document would
 * fail (or silently misread a response) against the new one. Kept as data so the report can print the legend.
 */
export const BREAKING_RULES = {
  'removed operation': 'calls to it now fail',
  'removed response field':
    'code reading the field gets undefined (a field that is no longer required counts too)',
  'new required request field':
    'requests built for the old document are now rejected (body property, parameter or body)',
  'narrowed request enum': 'a value the client may send is no longer accepted',
  'changed auth':
    'the credentials the client attaches may no longer be accepted (auth narrowed or replaced; an added alternative only widens it and is not breaking)',
  'changed success code': 'the client no longer recognises the success response',
  'changed field type':
    'a request field no longer accepts a type it did, or a response field may now hold a type it did not (variants too)',
  'removed media type': 'the request or response format the client uses is gone',
} as const;

export type BreakingRule = keyof typeof BREAKING_RULES;

/** The rule a change breaks, or undefined when existing clients keep working. */
export function breakingRuleFor(fact: ChangeFact): BreakingRule | undefined {
  switch (fact.kind) {
    case 'operation-removed':
      return 'removed operation';
    case 'security-changed':
      return authWidened(fact.before, fact.after) ? undefined : 'changed auth';
    case 'success-statuses-changed':
      return 'changed success code';
    case 'request-body-changed':
      return fact.after === 'required' ? 'new required request field' : undefined;
    case 'parameter-added':
    case 'parameter-required-changed':
      return fact.required ? 'new required request field' : undefined;
    case 'field-added':
      return fact.side === 'request' && fact.required ? 'new required request field' : undefined;
    case 'field-required-changed':
      if (fact.side === 'request') return fact.required ? 'new required request field' : undefined;
      return fact.required ? undefined : 'removed response field';
    case 'field-removed':
      return fact.side === 'response' ? 'removed response field' : undefined;
    case 'enum-changed':
      return fact.side === 'request' && enumNarrowed(fact.before, fact.after)
        ? 'narrowed request enum'
        : undefined;
    case 'type-changed': {
      // Requests must still accept every type they did; responses must not produce a type they did not.
      const [must, may] = fact.side === 'request' ? [fact.before, fact.after] : [fact.after, fact.before];
      return must.every((type) => typeCovered(type, may)) ? undefined : 'changed field type';
    }
    case 'variant-removed':
      return fact.side === 'request' ? 'changed field type' : undefined;
    case 'variant-added':
      return fact.side === 'response' ? 'changed field type' : undefined;
    case 'media-type-removed':
      return 'removed media type';
    case 'operation-added':
    case 'deprecated-changed':
    case 'operation-id-changed':
    case 'parameter-removed':
    case 'response-added':
    case 'response-removed':
    case 'media-type-added':
      return undefined;
  }
}

/**
 * Every credential that worked still works: each old alternative is still accepted by a new alternative that
 * needs no more schemes than it (an empty alternative, or no security at all, needs none). An operation that
 * was open and now needs a credential is narrowed.
 */
export function authWidened(before: string[][], after: string[][]): boolean {
  if (after.length === 0) return true;
  if (before.length === 0) return false;
  return before.every((old) =>
    after.some((alternative) => alternative.every((scheme) => old.includes(scheme))),
  );
}

function enumNarrowed(before: string[] | undefined, after: string[] | undefined): boolean {
  if (after === undefined) return false;
  return before === undefined || before.some((value) => !after.includes(value));
}

/** JSON Schema's `number` includes `integer`. */
function typeCovered(type: string, types: string[]): boolean {
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}
