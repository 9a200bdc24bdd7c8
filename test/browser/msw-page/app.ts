// A frontend developer's page: the official web SDK's REST calls answered by liveavatar-client/msw through MSW's
// service worker (`msw init` put mockServiceWorker.js next to the page). Bundled by the test with esbuild. It
// reports in `window.mswResults` how start, keep-alive, stop and a keep-alive after stop settled.
import { LiveAvatarSession } from '@heygen/liveavatar-web-sdk';
import { setupWorker } from 'msw/browser';
import { defaultServerUrl } from '../../../generated/client-metadata.ts';
import { handlers } from '../../../src/msw/index.ts';

export interface Outcome {
  outcome: 'resolved' | 'rejected';
  value?: unknown;
  message?: string;
}

export interface MswResults {
  start?: Outcome;
  keepAlive?: Outcome;
  stop?: Outcome;
  keepAliveAfterStop?: Outcome;
  error?: string;
}

/** The SessionAPIClient every LiveAvatarSession makes for itself (a private field in SDK 0.0.18). */
interface SessionRestClient {
  startSession(): Promise<unknown>;
  keepAlive(): Promise<unknown>;
  stopSession(): Promise<unknown>;
}

async function settle(action: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { outcome: 'resolved', value: await action() };
  } catch (error) {
    return { outcome: 'rejected', message: error instanceof Error ? error.message : String(error) };
  }
}

async function run(results: MswResults): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({ onUnhandledRequest: 'error', quiet: true });
  // The SDK pointed at the URL the handlers answer (the client's default, the API's own).
  const session = new LiveAvatarSession('page-session-token', { apiUrl: defaultServerUrl });
  const client = Reflect.get(session, 'sessionClient') as SessionRestClient | undefined;
  if (typeof client?.startSession !== 'function') throw new Error('the SDK has no sessionClient: it changed');
  results.start = await settle(() => client.startSession());
  results.keepAlive = await settle(() => client.keepAlive());
  results.stop = await settle(() => client.stopSession());
  results.keepAliveAfterStop = await settle(() => client.keepAlive());
}

const results: MswResults = {};
Reflect.set(window, 'mswResults', results);
run(results)
  .catch((error: unknown) => {
    results.error = error instanceof Error ? error.message : String(error);
  })
  .finally(() => {
    document.body.dataset.state = 'done';
  });
