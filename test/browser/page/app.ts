// The page under test: loads the browser build the way an app would and renders what the client returns.
// Served as JavaScript by the test's static server (esbuild strips the types); `?scenario=` picks what to do, and
// the operations to call come from the query too (the test picks them from today's metadata, never by path).
import type * as LiveAvatarModule from '../../../src/index.ts';

type LiveAvatar = typeof LiveAvatarModule;

const BUNDLE_URL: string = '/liveavatar-client.js';
const SESSION_TOKEN = 'page-session-token';
const PAGE_API_KEY = 'page-visible-api-key';

const params = new URLSearchParams(location.search);
const mockUrl = params.get('mock') ?? '';
const app = document.getElementById('app')!;

function section(id: string, title: string): HTMLElement {
  const element = document.createElement('section');
  element.id = id;
  const heading = document.createElement('h2');
  heading.textContent = title;
  element.append(heading);
  app.append(element);
  return element;
}

/** Adds `<dt>label</dt><dd id=…>value</dd>`: the test reads values by id. */
function field(parent: HTMLElement, id: string, label: string, value: string): void {
  let list = parent.querySelector('dl');
  if (list === null) {
    list = document.createElement('dl');
    parent.append(list);
  }
  const term = document.createElement('dt');
  term.textContent = label;
  const detail = document.createElement('dd');
  detail.id = id;
  detail.textContent = value;
  list.append(term, detail);
}

type Call = (path: string, init?: { headers?: Record<string, string> }) => Promise<unknown>;
type CallWithResponse = (path: string) => Promise<{ status: number; data: unknown }>;
type UntypedClient = Record<string, Call> & { withResponse: Record<string, CallWithResponse> };

/** `METHOD /path` from the query: the test picks today's operations from the generated metadata. */
function operationParam(name: string): { method: string; path: string } {
  const [method = '', path = ''] = (params.get(name) ?? '').split(' ');
  if (!method || !path) throw new Error(`missing ?${name}=METHOD%20/path`);
  return { method, path };
}

async function sessionScenario(lib: LiveAvatar): Promise<void> {
  const client = lib.createLiveAvatarClient({
    sessionToken: SESSION_TOKEN,
    baseUrl: mockUrl,
  }) as unknown as UntypedClient;

  const tokenOperation = operationParam('token-op');
  const started = await client.withResponse[tokenOperation.method]!(tokenOperation.path);
  const session = section('session', `${tokenOperation.method} ${tokenOperation.path}`);
  field(session, 'session-status', 'HTTP status', String(started.status));
  field(session, 'session-data', 'data', JSON.stringify(started.data));

  const publicOperation = operationParam('public-op');
  const listed = await client[publicOperation.method]!(publicOperation.path);
  const list = section('public', `${publicOperation.method} ${publicOperation.path}`);
  field(list, 'public-data', 'data', JSON.stringify(listed));

  // A frontend developer asking the mock for an error response; `Prefer` must get through CORS too.
  const status = params.get('prefer-status') ?? '';
  const chosen = section(
    'prefer',
    `${publicOperation.method} ${publicOperation.path} with Prefer: 'code=${status}'`,
  );
  try {
    await client[publicOperation.method]!(publicOperation.path, { headers: { Prefer: `code=${status}` } });
    field(chosen, 'prefer-outcome', 'outcome', 'resolved');
  } catch (error) {
    field(chosen, 'prefer-outcome', 'outcome', error instanceof Error ? error.name : typeof error);
    field(chosen, 'prefer-status', 'error.status', error instanceof lib.ApiError ? String(error.status) : '');
  }
}

async function apiKeyScenario(lib: LiveAvatar): Promise<void> {
  const refused = section('api-key-refused', 'apiKey without dangerouslyAllowBrowser');
  try {
    lib.createLiveAvatarClient({ apiKey: PAGE_API_KEY, baseUrl: mockUrl });
    field(refused, 'refused-outcome', 'outcome', 'constructed');
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    field(refused, 'refused-outcome', 'outcome', 'threw');
    field(refused, 'refused-name', 'error.name', name);
    field(
      refused,
      'refused-instanceof',
      'instanceof ConfigurationError',
      String(error instanceof lib.ConfigurationError),
    );
    field(
      refused,
      'refused-message',
      'error.message',
      error instanceof Error ? error.message : String(error),
    );
  }

  const allowed = section('api-key-allowed', 'apiKey with dangerouslyAllowBrowser: true');
  const client = lib.createLiveAvatarClient({
    apiKey: PAGE_API_KEY,
    baseUrl: mockUrl,
    dangerouslyAllowBrowser: true,
  });
  field(allowed, 'allowed-outcome', 'outcome', 'constructed');
  // An operation that needs the API key header, so this also crosses the CORS preflight for that header.
  const keyOperation = operationParam('key-op');
  const untyped = client as unknown as UntypedClient;
  const mine = await untyped.withResponse[keyOperation.method]!(keyOperation.path);
  field(allowed, 'allowed-status', `${keyOperation.method} ${keyOperation.path} status`, String(mine.status));
}

async function main(): Promise<void> {
  document.getElementById('page-origin')!.textContent = location.origin;
  document.getElementById('mock-url')!.textContent = mockUrl;
  const lib = (await import(BUNDLE_URL)) as LiveAvatar;
  const scenario = params.get('scenario');
  if (scenario === 'session') await sessionScenario(lib);
  else if (scenario === 'api-key') await apiKeyScenario(lib);
  else throw new Error(`unknown scenario ${String(scenario)}`);
}

main().then(
  () => {
    document.body.dataset.state = 'done';
  },
  (error: unknown) => {
    const failure = section('failure', 'Failed');
    failure.className = 'failed';
    field(failure, 'failure-name', 'error.name', error instanceof Error ? error.name : typeof error);
    field(
      failure,
      'failure-message',
      'error.message',
      error instanceof Error ? error.message : String(error),
    );
    document.body.dataset.state = 'failed';
  },
);
