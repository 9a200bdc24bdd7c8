// The facade built on the frozen November 2026 fixture (test/fixtures/liveavatar-2026-11) instead of today's
// generated/: tests of the facade's behaviour (auth, envelope, errors, retries, types) name operations of that
// fixture, so an upstream update (new, removed or changed operations) never breaks them.
import { createApiClient } from '../../src/index.ts';
import type { ApiClient, ClientOptions, GeneratedApi } from '../../src/index.ts';
import {
  defaultServerUrl,
  operationTable,
} from '../fixtures/liveavatar-2026-11/generated/client-metadata.ts';
import type { components, paths } from '../fixtures/liveavatar-2026-11/generated/schema.d.ts';

export { apiMetadata as frozenMetadata } from '../fixtures/liveavatar-2026-11/generated/operations.ts';

export type FrozenPaths = paths;
export type FrozenSchemas = components['schemas'];
export type FrozenClient = ApiClient<paths>;

export const frozenGenerated: GeneratedApi<paths> = { operationTable, defaultServerUrl };

/** A client for the frozen fixture's operations, with the same facade as createLiveAvatarClient. */
export function createFrozenClient(options: ClientOptions = {}): FrozenClient {
  return createApiClient<paths>(frozenGenerated, options);
}
