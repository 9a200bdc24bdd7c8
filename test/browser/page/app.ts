// The page under test: loads the browser build the way an app would and renders what the client returns.
// Served as JavaScript by the test's static server (esbuild strips the types); `?scenario=` picks what to do.
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

async function sessionScenario(lib: LiveAvatar): Promise<void> {
  const client = lib.createLiveAvatarClient({ sessionToken: SESSION_TOKEN, baseUrl: mockUrl });

  const started = await client.withResponse.POST('/v1/sessions/start');
  const session = section('session', 'POST /v1/sessions/start');
  field(session, 'session-status', 'HTTP status', String(started.status));
  field(session, 'session-id', 'session_id', started.data.session_id);
  field(session, 'session-livekit-url', 'livekit_url', started.data.livekit_url);

  const avatars = await client.GET('/v1/avatars/public');
  const list = section('avatars', 'GET /v1/avatars/public');
  const items = document.createElement('ul');
  items.id = 'avatar-list';
  for (const avatar of avatars.results) {
    const item = document.createElement('li');
    item.dataset.avatarId = avatar.id;
    item.textContent = `${avatar.name} (${avatar.id})`;
    items.append(item);
  }
  list.append(items);

  // A frontend developer asking the mock for an error response; `Prefer` must get through CORS too.
  const chosen = section('prefer', "GET /v1/avatars/public with Prefer: 'code=422'");
  try {
    await client.GET('/v1/avatars/public', { headers: { Prefer: 'code=422' } });
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
  // GET /v1/avatars needs X-API-KEY, so this also crosses the CORS preflight for that header.
  const mine = await client.withResponse.GET('/v1/avatars');
  field(allowed, 'allowed-status', 'GET /v1/avatars status', String(mine.status));
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
