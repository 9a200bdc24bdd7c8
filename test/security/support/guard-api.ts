// The client for the frozen Guard fixture (test/fixtures/security-api): an operation for every security shape
// (none, one scheme, either, both together) and every success body kind. Tests here name its paths, never
// LiveAvatar's, so an upstream change cannot touch them.
import { createApiClient } from '../../../src/index.ts';
import type { ApiClient, ClientOptions } from '../../../src/index.ts';
import { createRawApiClient } from '../../../src/raw.ts';
import type { RawClientOptions } from '../../../src/raw.ts';
import type { Client } from 'openapi-fetch';
import { defaultServerUrl, operationTable } from '../../fixtures/security-api/generated/client-metadata.ts';
import type { paths } from '../../fixtures/security-api/generated/schema.d.ts';

export type GuardClient = ApiClient<paths>;

/** The header the fixture's apiKey scheme names, lower-cased as servers and Headers see it. */
export const GUARD_KEY_HEADER = operationTable.securitySchemes.GuardKey.name.toLowerCase();

export function guardClient(options: ClientOptions = {}): GuardClient {
  return createApiClient<paths>({ operationTable, defaultServerUrl }, options);
}

/** The plain openapi-fetch client (`liveavatar-client/raw`) for the same fixture. */
export function guardRawClient(options: RawClientOptions = {}): Client<paths> {
  return createRawApiClient<paths>({ operationTable, defaultServerUrl }, options);
}

/** Distinctive values: any appearance of one in output is unambiguous. */
export const GUARD_API_KEY = 'guard-api-key-7Qm2xV9pL4';
export const GUARD_SESSION_TOKEN = 'guard-session-token-Zr8Kw3Nd6T';

/** A request body with a field the redactor treats as secret (`secret_value`). */
export const SECRET_BODY = { name: 'vault', secret_value: 'guard-secret-value-Hc5Jy1Ub0E' } as const;
