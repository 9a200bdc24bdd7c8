// A frontend developer's page using LiveAvatar's official web SDK against the mock, bundled by the test with
// esbuild. It reports what the SDK did in `window.sdkResults`; the test watches the network from outside.
//   ?scenario=session      LiveAvatarSession.start(): REST start, then the LiveKit dial
//   ?scenario=rest-client  the session's own REST client: start, keep-alive, stop
//   ?scenario=lifecycle    the REST client's start; its stop waits for the test (window.sdkStopSession())
import { LiveAvatarSession, SessionEvent } from '@heygen/liveavatar-web-sdk';
import type { SessionDisconnectReason, SessionState } from '@heygen/liveavatar-web-sdk';

/** How one SDK promise settled, as plain data the test can read. */
export interface Settled {
  outcome: 'resolved' | 'rejected';
  value?: unknown;
  errorClass?: string;
  errorName?: string;
  message?: string;
  /** livekit-client's ConnectionError says why it could not connect. */
  reasonName?: string;
}

export interface SdkResults {
  scenario: string;
  start?: Settled;
  states?: string[];
  disconnectReason?: string;
  restStart?: Settled;
  keepAlive?: Settled;
  stop?: Settled;
}

/** The SessionAPIClient every LiveAvatarSession makes for itself (a private field in SDK 0.0.18). */
interface SessionRestClient {
  startSession(): Promise<unknown>;
  keepAlive(): Promise<unknown>;
  stopSession(): Promise<unknown>;
}

const SESSION_TOKEN = 'sdk-page-session-token';
const params = new URLSearchParams(location.search);
const apiUrl = params.get('mock') ?? '';

async function settle(action: () => Promise<unknown>): Promise<Settled> {
  try {
    return { outcome: 'resolved', value: await action() };
  } catch (error) {
    const failure = error as Error & { reasonName?: unknown };
    return {
      outcome: 'rejected',
      errorClass: failure.constructor.name,
      errorName: failure.name,
      message: failure.message,
      ...(typeof failure.reasonName === 'string' ? { reasonName: failure.reasonName } : {}),
    };
  }
}

async function sessionScenario(results: SdkResults): Promise<void> {
  const session = new LiveAvatarSession(SESSION_TOKEN, { apiUrl });
  const states: string[] = [];
  session.on(SessionEvent.SESSION_STATE_CHANGED, (state: SessionState) => states.push(state));
  session.on(SessionEvent.SESSION_DISCONNECTED, (reason: SessionDisconnectReason) => {
    results.disconnectReason = reason;
  });
  results.start = await settle(() => session.start());
  results.states = states;
}

/**
 * LiveAvatarSession.keepAlive() and stop() only call the REST API once LiveKit has connected, which needs a
 * media server the mock does not have; so this calls the very client object they would use.
 */
async function restClientScenario(results: SdkResults): Promise<void> {
  const session = new LiveAvatarSession(SESSION_TOKEN, { apiUrl });
  const client = Reflect.get(session, 'sessionClient') as SessionRestClient | undefined;
  if (typeof client?.keepAlive !== 'function') {
    throw new Error('LiveAvatarSession has no sessionClient with keepAlive(): the SDK changed its internals');
  }
  results.restStart = await settle(() => client.startSession());
  results.keepAlive = await settle(() => client.keepAlive());
  results.stop = await settle(() => client.stopSession());
}

/** Starts a session and leaves it running, so the test can see it active before it asks the SDK to stop it. */
async function lifecycleScenario(results: SdkResults): Promise<void> {
  const session = new LiveAvatarSession(SESSION_TOKEN, { apiUrl });
  const client = Reflect.get(session, 'sessionClient') as SessionRestClient | undefined;
  if (typeof client?.stopSession !== 'function') {
    throw new Error(
      'LiveAvatarSession has no sessionClient with stopSession(): the SDK changed its internals',
    );
  }
  results.restStart = await settle(() => client.startSession());
  Reflect.set(window, 'sdkStopSession', () => settle(() => client.stopSession()));
}

async function main(): Promise<SdkResults> {
  const scenario = params.get('scenario') ?? '';
  const results: SdkResults = { scenario };
  if (scenario === 'session') await sessionScenario(results);
  else if (scenario === 'rest-client') await restClientScenario(results);
  else if (scenario === 'lifecycle') await lifecycleScenario(results);
  else throw new Error(`unknown scenario ${scenario}`);
  return results;
}

const done = (results: SdkResults | { error: string }) => {
  Reflect.set(window, 'sdkResults', results);
  const shown = document.createElement('pre');
  shown.textContent = JSON.stringify(results, null, 2);
  document.body.append(shown);
  document.body.dataset.state = 'done';
};
main().then(done, (error: unknown) => {
  done({ error: error instanceof Error ? error.message : String(error) });
});
