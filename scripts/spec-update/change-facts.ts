/** Which way data flows through the schema being compared: the client sends requests and reads responses. */
export type Side = 'request' | 'response';

export type BodyPresence = 'required' | 'optional' | 'none';

/**
 * One difference the comparer found between two versions of an operation, before any judgement about whether
 * it breaks clients (that judgement is breaking-rules.ts's). Enum values are kept JSON-encoded so that
 * `"1"` and `1` stay distinct; an undefined enum means "any value".
 */
export type ChangeFact =
  | { kind: 'operation-added' }
  | { kind: 'operation-removed' }
  | { kind: 'operation-id-changed'; before: string; after: string }
  | { kind: 'security-changed'; before: string[][]; after: string[][] }
  | { kind: 'success-statuses-changed'; before: number[]; after: number[] }
  | { kind: 'request-body-changed'; before: BodyPresence; after: BodyPresence }
  | { kind: 'parameter-added'; required: boolean }
  | { kind: 'parameter-removed' }
  | { kind: 'parameter-required-changed'; required: boolean }
  | { kind: 'response-added'; status: string }
  | { kind: 'response-removed'; status: string }
  | { kind: 'media-type-added'; side: Side; mediaType: string }
  | { kind: 'media-type-removed'; side: Side; mediaType: string }
  | { kind: 'field-added'; side: Side; required: boolean }
  | { kind: 'field-removed'; side: Side }
  | { kind: 'field-required-changed'; side: Side; required: boolean }
  | { kind: 'enum-changed'; side: Side; before: string[] | undefined; after: string[] | undefined }
  | { kind: 'type-changed'; side: Side; before: string[]; after: string[] }
  | { kind: 'variant-added'; side: Side; variant: string }
  | { kind: 'variant-removed'; side: Side; variant: string }
  /** `deprecated` turned on (or off) for the operation, a parameter or a schema (field, body, …). */
  | { kind: 'deprecated-changed'; deprecated: boolean };
