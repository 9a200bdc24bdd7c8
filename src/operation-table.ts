/** A security scheme as the spec declares it; the client reads where a credential goes from here. */
export interface SecuritySchemeEntry {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

/**
 * What the success body of an operation is, so the client knows how to decode it:
 * `data` — the `{code, data, message}` envelope with non-null data; `data?` — the envelope, data may be null;
 * `json` — plain JSON passed through; `` — no body declared.
 */
export type SuccessBodyKind = 'data' | 'data?' | 'json' | '';

/**
 * The run-time metadata generated from the spec (generated/client-metadata.ts). Security is a compact string:
 * alternatives split by "|", schemes needed together by "+", "" for no credential.
 */
export interface OperationTable {
  securitySchemes: Readonly<Record<string, SecuritySchemeEntry>>;
  operations: Readonly<Record<string, readonly [security: string, body: SuccessBodyKind]>>;
}
