// LiveAvatar's official web SDK (@heygen/liveavatar-web-sdk) in real headless Chromium, from a page on another
// origin, against `npm run mock`. The SDK's REST calls (its own contract: the paths and requests it sends) must
// succeed; what the mock answers is checked against the spec. The mock has no LiveKit media server: the test
// lets nothing leave 127.0.0.1, records where the SDK dials instead, and refuses it there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMetadata } from '../../generated/operations.ts';
import { findFreePort, startMock } from '../mock-script/mock-process.ts';
import type { RunningMock } from '../mock-script/mock-process.ts';
import { SDK_SUCCESS_CODE } from '../support/mock-data-checks.ts';
import { createSchemaValidator, describeErrors } from '../support/schema-validator.ts';
import { loadSpec, responseSchema } from '../support/spec.ts';
import { findLifecycleRoutes } from '../../src/mock/index.ts';
import type { Settled } from './sdk-page/app.ts';
import { assertChromiumInstalled, launchChromium } from './chromium.ts';
import type { Chromium } from './chromium.ts';
import type { SdkResults } from './sdk-page/app.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const PAGE_DIR = fileURLToPath(new URL('./sdk-page/', import.meta.url));
const SCREENSHOT_DIR = '/tmp';
/** The REST calls a LiveAvatarSession makes (SessionAPIClient in SDK 0.0.18): the SDK's contract, not ours. */
const SDK_CALLS = {
  start: '/v1/sessions/start',
  keepAlive: '/v1/sessions/keep-alive',
  stop: '/v1/sessions/stop',
} as const;
/** A cookie for the mock's host: a cross-origin request carries it only with `credentials: 'include'`. */
const CREDENTIALS_PROBE = { name: 'sdk_credentials_probe', value: 'sent-with-credentials-include' };

const spec = await loadSpec(fileURLToPath(new URL('../../generated/openapi.fixed.json', import.meta.url)));
const validator = createSchemaValidator(spec);
/** Where the mock lists sessions and shows one: found in the spec by what they are, as the mock finds them. */
const { routes } = findLifecycleRoutes(spec);
const listRoute = routes.find((route) => route.role === 'list')!;
const getRoute = routes.find((route) => route.role === 'get')!;
const BACKEND_KEY = { 'X-API-KEY': 'browser-test-backend-key' };

interface Exchange {
  request: Request;
  response: Response;
  body: unknown;
}

interface OpenedPage {
  page: Page;
  results: SdkResults;
  /** Every request to the mock that got an answer, with the parsed answer. */
  exchanges: Exchange[];
}

describe('the official LiveAvatar web SDK in headless Chromium against npm run mock', () => {
  let mock: RunningMock | undefined;
  let site: StaticServer | undefined;
  let browser: Chromium | undefined;
  let bundleDir: string | undefined;
  /** Everything the page tried to reach beyond the site and the mock (refused by the test). */
  const leftTheMachine: { kind: 'http' | 'websocket'; url: string }[] = [];

  beforeAll(async () => {
    assertChromiumInstalled();
    bundleDir = await mkdtemp(path.join(tmpdir(), 'liveavatar-sdk-page-'));
    const bundle = path.join(bundleDir, 'sdk-app.js');
    const mockPort = await findFreePort();
    [mock, site, browser] = await Promise.all([
      startMock(['--port', String(mockPort)]),
      bundleSdkPage(bundle).then(() =>
        startStaticServer({
          '/': { path: path.join(PAGE_DIR, 'index.html'), contentType: 'text/html; charset=utf-8' },
          '/sdk-app.js': { path: bundle, contentType: 'text/javascript' },
        }),
      ),
      launchChromium(),
    ]);
    await keepTrafficLocal(browser.context, [site.origin, new URL(mock.baseUrl).origin], leftTheMachine);
    await browser.context.addCookies([{ ...CREDENTIALS_PROBE, url: mock.baseUrl }]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await mock?.stop('SIGTERM');
    await mock?.dispose();
    if (bundleDir !== undefined) await rm(bundleDir, { recursive: true, force: true });
  });

  async function openScenario(scenario: 'session' | 'rest-client' | 'lifecycle'): Promise<OpenedPage> {
    const page = await browser!.context.newPage();
    const exchanges: Exchange[] = [];
    const mockOrigin = new URL(mock!.baseUrl).origin;
    page.on('response', (response) => {
      if (new URL(response.url()).origin !== mockOrigin || response.request().method() === 'OPTIONS') return;
      void response.json().then(
        (body: unknown) => exchanges.push({ request: response.request(), response, body }),
        () => exchanges.push({ request: response.request(), response, body: undefined }),
      );
    });
    const query = new URLSearchParams({ scenario, mock: mock!.baseUrl });
    await page.goto(`${site!.origin}/?${query.toString()}`);
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    const results = (await page.evaluate(() => Reflect.get(window, 'sdkResults'))) as SdkResults;
    expect(results, JSON.stringify(results)).toHaveProperty('scenario', scenario);
    return { page, results, exchanges };
  }

  /** The answer to one SDK call, once it has arrived. */
  async function exchangeFor(exchanges: Exchange[], pathname: string): Promise<Exchange> {
    await expect
      .poll(
        () => exchanges.filter((exchange) => new URL(exchange.response.url()).pathname === pathname).length,
        {
          message: `no answer to POST ${pathname}`,
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(0);
    return exchanges.find((exchange) => new URL(exchange.response.url()).pathname === pathname)!;
  }

  /** The call went out as the SDK sends it, crossed CORS with credentials, and got the spec's success. */
  async function expectSdkCallSucceeded(exchange: Exchange, pathname: string): Promise<void> {
    const { request, response, body } = exchange;
    const operation = apiMetadata.operations.find((entry) => entry.key === `POST ${pathname}`);
    expect(operation, `the spec has no POST ${pathname}, which the SDK calls`).toBeDefined();
    expect(request.method()).toBe('POST');
    const headers = await request.allHeaders();
    expect(headers.authorization).toBe('Bearer sdk-page-session-token');
    expect(headers['content-type']).toBe('application/json');
    expect(headers.cookie, 'credentials: include sends the mock host’s cookies').toContain(
      `${CREDENTIALS_PROBE.name}=${CREDENTIALS_PROBE.value}`,
    );
    expect(response.headers()['access-control-allow-origin']).toBe(site!.origin);
    expect(response.headers()['access-control-allow-credentials']).toBe('true');
    expect(operation!.successStatuses).toContain(response.status());
    // The session calls are answered from the mock's session state, in the shape the spec declares.
    const schema = responseSchema(spec, pathname, 'POST', response.status())!;
    const problems = validator.errors(schema, body);
    expect(problems, describeErrors(problems)).toEqual([]);
    expect(body).toHaveProperty('code', SDK_SUCCESS_CODE);
  }

  /** The ids of the sessions the mock lists as `type` (active or historic), as a backend would ask. */
  async function listed(type: 'active' | 'historic'): Promise<unknown[]> {
    const query = new URLSearchParams({ type, page: '1', page_size: '100' });
    const response = await fetch(`${mock!.baseUrl}${listRoute.path}?${query.toString()}`, {
      headers: BACKEND_KEY,
    });
    const body = (await response.json()) as { data: { results: { id: unknown }[] } };
    return body.data.results.map((entry) => entry.id);
  }

  it('start(): the REST start succeeds, the SDK dials LiveKit where the mock said and fails only there, then stops', async () => {
    const { page, results, exchanges } = await openScenario('session');
    const start = await exchangeFor(exchanges, SDK_CALLS.start);
    await expectSdkCallSucceeded(start, SDK_CALLS.start);

    // Past REST: the SDK connected to the LiveKit room the mock named, with the token it handed out.
    const { livekit_url: livekitUrl, livekit_client_token: token } = (
      start.body as { data: Record<string, string> }
    ).data;
    const dials = leftTheMachine
      .filter((attempt) => attempt.kind === 'websocket')
      .map((attempt) => new URL(attempt.url));
    expect(dials.length, 'the SDK opened a WebSocket to LiveKit').toBeGreaterThan(0);
    for (const dial of dials) {
      expect(dial.host).toBe(new URL(livekitUrl!).host);
      expect(dial.protocol).toBe('wss:');
      expect(dial.searchParams.get('access_token')).toBe(token);
    }
    // Nothing else left 127.0.0.1: only LiveKit's own diagnosis of the failed dial (https://<livekit host>/…).
    for (const attempt of leftTheMachine) expect(new URL(attempt.url).host).toBe(new URL(livekitUrl!).host);

    // start() failed there: a livekit-client ConnectionError, not the SDK's REST error.
    expect(results.start).toMatchObject({ outcome: 'rejected', errorName: 'ConnectionError' });
    expect(results.start?.errorClass).not.toBe('SessionApiError');
    expect(results.states?.[0]).toBe('CONNECTING');
    expect(results.states).not.toContain('CONNECTED');
    expect(results.disconnectReason).toBe('SESSION_START_FAILED');

    // And the SDK cleaned up with its REST stop, which the mock accepted: the session is history now.
    await expectSdkCallSucceeded(await exchangeFor(exchanges, SDK_CALLS.stop), SDK_CALLS.stop);
    const sessionId = (start.body as { data: { session_id: string } }).data.session_id;
    expect(await listed('historic')).toContain(sessionId);
    expect(await listed('active')).not.toContain(sessionId);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'liveavatar-sdk-session.png'), fullPage: true });
    await page.close();
  });

  it('the session’s REST client: start, keep-alive and stop all resolve against the mock', async () => {
    const { page, results, exchanges } = await openScenario('rest-client');
    for (const [call, pathname] of [
      ['restStart', SDK_CALLS.start],
      ['keepAlive', SDK_CALLS.keepAlive],
      ['stop', SDK_CALLS.stop],
    ] as const) {
      expect(results[call], `${pathname}: ${JSON.stringify(results[call])}`).toMatchObject({
        outcome: 'resolved',
      });
      const exchange = await exchangeFor(exchanges, pathname);
      await expectSdkCallSucceeded(exchange, pathname);
      // The SDK resolves to the envelope's data, exactly as the mock sent it.
      expect(results[call]?.value ?? null).toEqual((exchange.body as { data: unknown }).data);
    }
    await page.close();
  });

  it('start and stop through the SDK move the session from active to historic in the mock', async () => {
    const { page, results } = await openScenario('lifecycle');
    expect(results.restStart).toMatchObject({ outcome: 'resolved' });
    const sessionId = (results.restStart?.value as { session_id: string }).session_id;
    expect(await listed('active')).toContain(sessionId);
    expect(await listed('historic')).not.toContain(sessionId);
    const stopped = (await page.evaluate(() =>
      (Reflect.get(window, 'sdkStopSession') as () => Promise<unknown>)(),
    )) as Settled;
    expect(stopped).toMatchObject({ outcome: 'resolved' });
    expect(await listed('active')).not.toContain(sessionId);
    expect(await listed('historic')).toContain(sessionId);
    const one = await fetch(`${mock!.baseUrl}${getRoute.path.replace(/\{[^}]+\}/, sessionId)}`, {
      headers: BACKEND_KEY,
    });
    const entry = ((await one.json()) as { data: Record<string, string> }).data;
    expect(entry).toMatchObject({ id: sessionId, end_at: expect.any(String) });
    expect(Date.parse(entry.end_at!)).toBeGreaterThanOrEqual(Date.parse(entry.created_at!));
    await page.close();
  });

  it('control: the SDK rejects a success with any other envelope code ("API request failed")', async () => {
    const otherCode = SDK_SUCCESS_CODE + 1;
    await browser!.context.route(`${mock!.baseUrl}${SDK_CALLS.keepAlive}`, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const answer = await route.fetch();
      const body = (await answer.json()) as Record<string, unknown>;
      await route.fulfill({ response: answer, json: { ...body, code: otherCode } });
    });
    try {
      const { page, results } = await openScenario('rest-client');
      expect(results.restStart).toMatchObject({ outcome: 'resolved' });
      expect(results.keepAlive).toMatchObject({
        outcome: 'rejected',
        errorClass: 'SessionApiError',
        message: expect.stringMatching(/./) as unknown,
      });
      await page.close();
    } finally {
      await browser!.context.unroute(`${mock!.baseUrl}${SDK_CALLS.keepAlive}`);
    }
  });
});

/** The page's script: the SDK and its dependencies (livekit-client, …) bundled for the browser. */
async function bundleSdkPage(outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(PAGE_DIR, 'app.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Error classes keep their names, so the page can tell the SDK's REST error from LiveKit's.
    keepNames: true,
    logLevel: 'error',
  });
}

/** Refuses (and records) every HTTP request and WebSocket that would leave the site and the mock. */
async function keepTrafficLocal(
  context: BrowserContext,
  localOrigins: string[],
  record: { kind: 'http' | 'websocket'; url: string }[],
): Promise<void> {
  const isLocal = (url: URL) => localOrigins.includes(url.origin);
  await context.route(
    (url) => !isLocal(url),
    async (route) => {
      record.push({ kind: 'http', url: route.request().url() });
      await route.abort('connectionrefused');
    },
  );
  await context.routeWebSocket(
    (url) => !isLocal(url),
    async (socket) => {
      record.push({ kind: 'websocket', url: socket.url() });
      await socket.close({ code: 1011, reason: 'the mock has no LiveKit media server' });
    },
  );
}
