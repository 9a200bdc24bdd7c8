import type { Middleware } from 'openapi-fetch';
import type { OperationTable } from './operation-table.ts';
import type { Logger } from './options.ts';
import type { Credentials } from './security.ts';

export type QuerySerializer = (query: Record<string, unknown>) => string;

/** Credential headers for one security requirement; undefined for an operation without security. */
export type AuthHeaders = Record<string, string> | undefined;

/** What one client shares across its calls. */
export interface ClientContext {
  /** Without a trailing slash. */
  baseUrl: string;
  /** The base URL's origin: the only one that ever receives a credential. */
  origin: string;
  /** The client's `headers` option. */
  headers: Record<string, string> | undefined;
  /** openapi-fetch's default query serializer, created once per client. */
  querySerializer: QuerySerializer;
  table: OperationTable;
  credentials: Credentials;
  fetch: typeof fetch;
  timeout: number;
  maxRetries: number;
  logger: Logger | undefined;
  /** Registered with `client.use`, in order; empty for most clients, which then skip the seam entirely. */
  middleware: Middleware[];
  /**
   * Credential headers per security requirement, when they cannot change (no token function): resolving them
   * costs two awaited calls per request otherwise.
   */
  authCache: Map<string, AuthHeaders> | undefined;
}
