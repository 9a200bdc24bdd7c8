// A page that lets the test make one call through the browser build and read what the client made of it.
// Served as JavaScript by the test's static server (esbuild strips the types). It uses the frozen Guard
// fixture's operation table, so nothing here names a LiveAvatar operation.
import type * as ClientModule from '../../../src/index.ts';
import type * as GuardTable from '../../fixtures/security-api/generated/client-metadata.ts';

const BUNDLE_URL: string = '/liveavatar-client.js';
const TABLE_URL: string = '/guard-table.js';

export interface ProbeResult {
  outcome: 'resolved' | 'rejected';
  name: string;
  status: number | undefined;
  targetOrigin: string | undefined;
  isRedirectError: boolean;
  message: string;
}

async function probe(baseUrl: string, path: string, sessionToken: string): Promise<ProbeResult> {
  const lib = (await import(BUNDLE_URL)) as typeof ClientModule;
  const { operationTable, defaultServerUrl } = (await import(TABLE_URL)) as typeof GuardTable;
  const client = lib.createApiClient<Record<string, never>>(
    { operationTable, defaultServerUrl },
    { sessionToken, baseUrl, maxRetries: 0, timeout: 10_000 },
  );
  const call = client.GET as unknown as (path: string) => Promise<unknown>;
  try {
    await call(path);
    return {
      outcome: 'resolved',
      name: '',
      status: undefined,
      targetOrigin: undefined,
      isRedirectError: false,
      message: '',
    };
  } catch (error) {
    const { name, message, status, targetOrigin } = error as Error & {
      status?: number;
      targetOrigin?: string;
    };
    return {
      outcome: 'rejected',
      name,
      status,
      targetOrigin,
      isRedirectError: error instanceof lib.RedirectError,
      message,
    };
  }
}

(window as unknown as { probe: typeof probe }).probe = probe;
document.body.dataset.state = 'ready';
