// In a browser, fetch's `redirect: 'manual'` hides a redirect's status and Location behind an `opaqueredirect`
// response: the client must refuse it (RedirectError) rather than read it as an HTTP status-0 answer. Real headless
// Chromium, the browser build, and two scripted servers on other origins than the page's.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { envelope, reply, startFaultServer } from '../resilience/support/fault-server.ts';
import type { Behaviour, FaultServer, RecordedRequest } from '../resilience/support/fault-server.ts';
import { assertChromiumInstalled, launchChromium } from './chromium.ts';
import type { Chromium } from './chromium.ts';
import type { ProbeResult } from './page/redirect-probe.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = path.join(PROJECT_ROOT, 'dist/browser/liveavatar-client.js');
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const GUARD_TABLE = path.join(PROJECT_ROOT, 'test/fixtures/security-api/generated/client-metadata.ts');
const SESSION_TOKEN = 'browser-redirect-token-Hq3';

let site: StaticServer | undefined;
let browser: Chromium | undefined;
let api: FaultServer;
let elsewhere: FaultServer;

/** The page's origin may call the API with credentials: preflights answered, every answer marked readable. */
function withCors(answer: (request: RecordedRequest) => Behaviour) {
  return (request: RecordedRequest): Behaviour => {
    const cors = { 'access-control-allow-origin': site!.origin };
    if (request.method === 'OPTIONS') {
      return reply(204, '', {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, DELETE',
        'access-control-allow-headers': 'authorization, x-guard-key, content-type',
      });
    }
    const behaviour = answer(request);
    return behaviour.kind === 'reply'
      ? { ...behaviour, headers: { ...behaviour.headers, ...cors } }
      : behaviour;
  };
}

const notPreflight = (requests: readonly RecordedRequest[]) =>
  requests.filter((request) => request.method !== 'OPTIONS');

beforeAll(async () => {
  assertChromiumInstalled();
  if (!existsSync(BUNDLE)) {
    throw new Error(
      'dist/browser/liveavatar-client.js is missing: run npm run build:browser (npm run test:browser does)',
    );
  }
  [site, browser, api, elsewhere] = await Promise.all([
    startStaticServer({
      '/': { path: path.join(PAGE_DIR, 'redirect-probe.html'), contentType: 'text/html; charset=utf-8' },
      '/redirect-probe.js': {
        path: path.join(PAGE_DIR, 'redirect-probe.ts'),
        contentType: 'text/javascript',
        typescript: true,
      },
      '/guard-table.js': { path: GUARD_TABLE, contentType: 'text/javascript', typescript: true },
      '/liveavatar-client.js': { path: BUNDLE, contentType: 'text/javascript' },
    }),
    launchChromium(),
    startFaultServer(),
    startFaultServer(),
  ]);
  elsewhere.otherwise(withCors(() => envelope({ id: 'stolen' })));
}, 120_000);

afterEach(() => {
  api.reset();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api.close();
  await elsewhere.close();
});

/** Opens the probe page and makes one call to `path` on the API server through the browser build. */
async function probeFromPage(pathName: string): Promise<ProbeResult> {
  const page: Page = await browser!.context.newPage();
  try {
    await page.goto(`${site!.origin}/`);
    await page.waitForSelector('body[data-state="ready"]', { state: 'attached', timeout: 30_000 });
    return await page.evaluate(
      ([baseUrl, target, token]) =>
        (window as unknown as { probe: (b: string, p: string, t: string) => Promise<ProbeResult> }).probe(
          baseUrl,
          target,
          token,
        ),
      [api.url, pathName, SESSION_TOKEN] as const,
    );
  } finally {
    await page.close();
  }
}

describe('redirects seen by the browser build', () => {
  it('control: a plain answer from the API origin resolves, so CORS is not what fails below', async () => {
    api.otherwise(withCors(() => envelope({ id: 'thing-1' })));
    expect(await probeFromPage('/either')).toMatchObject({ outcome: 'resolved' });
    expect(notPreflight(api.requests)[0]?.headers.authorization).toBe(`Bearer ${SESSION_TOKEN}`);
  });

  it('a redirect to another origin is a RedirectError, and the other origin sees nothing', async () => {
    api.otherwise(withCors(() => reply(302, '', { location: `${elsewhere.url}/collect` })));
    const result = await probeFromPage('/either');
    expect(result).toMatchObject({
      outcome: 'rejected',
      name: 'RedirectError',
      isRedirectError: true,
      status: 0,
      targetOrigin: undefined,
    });
    expect(result.message).toContain('browsers hide where to');
    expect(result.message).not.toContain(SESSION_TOKEN);
    expect(notPreflight(api.requests)).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });

  it('a same-origin redirect is refused too: the browser hides where it points', async () => {
    api.otherwise(withCors(() => reply(307, '', { location: '/either?moved=1' })));
    expect(await probeFromPage('/either')).toMatchObject({ name: 'RedirectError', isRedirectError: true });
    expect(notPreflight(api.requests).map((request) => request.url)).toEqual(['/either']);
  });
});
