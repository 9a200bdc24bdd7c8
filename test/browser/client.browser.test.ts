// The browser build in real headless Chromium, against the mock from `npm run mock`, from a page on another origin.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startMock } from '../mock-script/mock-process.ts';
import type { RunningMock } from '../mock-script/mock-process.ts';
import { assertChromiumInstalled, launchChromium } from './chromium.ts';
import type { Chromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = path.join(PROJECT_ROOT, 'dist/browser/liveavatar-client.js');
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const SCREENSHOT_DIR = '/tmp';

interface OpenedPage {
  page: Page;
  requests: Request[];
}

describe('browser build in headless Chromium against the mock', () => {
  let mock: RunningMock | undefined;
  let site: StaticServer | undefined;
  let browser: Chromium | undefined;

  beforeAll(async () => {
    assertChromiumInstalled();
    if (!existsSync(BUNDLE)) {
      throw new Error(
        'dist/browser/liveavatar-client.js is missing: run npm run build:browser (npm run test:browser does)',
      );
    }
    const mockPort = await findFreePort();
    [mock, site, browser] = await Promise.all([
      startMock(['--port', String(mockPort)]),
      startStaticServer({
        '/': { path: path.join(PAGE_DIR, 'index.html'), contentType: 'text/html; charset=utf-8' },
        '/app.js': { path: path.join(PAGE_DIR, 'app.ts'), contentType: 'text/javascript', typescript: true },
        '/liveavatar-client.js': { path: BUNDLE, contentType: 'text/javascript' },
        '/liveavatar-client.js.map': { path: `${BUNDLE}.map`, contentType: 'application/json' },
      }),
      launchChromium(),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await mock?.stop('SIGTERM');
    await mock?.dispose();
  });

  /** Loads the page for one scenario and waits until it has rendered its results (or its failure). */
  async function openScenario(scenario: 'session' | 'api-key'): Promise<OpenedPage> {
    const page = await browser!.context.newPage();
    const diagnostics: string[] = [];
    const requests: Request[] = [];
    page.on('console', (message) => diagnostics.push(`console.${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => diagnostics.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) =>
      diagnostics.push(
        `request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`,
      ),
    );
    page.on('request', (request) => requests.push(request));

    const query = new URLSearchParams({ scenario, mock: mock!.baseUrl });
    await page.goto(`${site!.origin}/?${query.toString()}`);
    await page.waitForSelector('body:not([data-state="loading"])', { timeout: 30_000 });
    const state = await page.getAttribute('body', 'data-state');
    const failure =
      (await page.locator('#failure').count()) > 0 ? await page.locator('#failure').innerText() : '';
    expect(
      state,
      `the page did not finish its ${scenario} scenario:\n${failure}\n${diagnostics.join('\n')}`,
    ).toBe('done');
    return { page, requests };
  }

  async function text(page: Page, selector: string): Promise<string> {
    return (await page.locator(selector).innerText()).trim();
  }

  function requestTo(requests: readonly Request[], method: string, pathname: string): Request {
    const found = requests.find(
      (request) => request.method() === method && new URL(request.url()).pathname === pathname,
    );
    if (found === undefined) throw new Error(`the page sent no ${method} ${pathname}`);
    return found;
  }

  it('starts a session with a session token, renders the public avatars and a Prefer-chosen 422', async () => {
    const { page, requests } = await openScenario('session');
    expect(new URL(site!.origin).origin).not.toBe(new URL(mock!.baseUrl).origin);

    // What the mock serves, fetched outside the browser, is what the page must have rendered.
    const direct = (await (await fetch(`${mock!.baseUrl}/v1/avatars/public`)).json()) as {
      data: { results: { id: string; name: string }[] };
    };
    const expectedAvatars = direct.data.results;
    expect(expectedAvatars.length).toBeGreaterThan(0);

    expect(await text(page, '#session-status')).toBe('201');
    expect(await text(page, '#session-id')).not.toBe('');
    const rendered = await page
      .locator('#avatar-list li')
      .evaluateAll((items) =>
        items.map((item) => ({ id: item.getAttribute('data-avatar-id'), text: item.textContent })),
      );
    expect(rendered.map((item) => item.id)).toEqual(expectedAvatars.map((avatar) => avatar.id));
    for (const [index, avatar] of expectedAvatars.entries()) {
      expect(rendered[index]?.text).toContain(avatar.name);
    }

    // The cross-origin call carried the bearer token: CORS let the Authorization header through.
    const start = requestTo(requests, 'POST', '/v1/sessions/start');
    expect(await start.headerValue('authorization')).toBe('Bearer page-session-token');
    expect((await start.response())?.status()).toBe(201);

    // A response chosen with the Prefer header, passed through the `headers` call option.
    expect(await text(page, '#prefer-outcome')).toBe('UnprocessableEntityError');
    expect(await text(page, '#prefer-status')).toBe('422');

    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'liveavatar-browser-session.png'),
      fullPage: true,
    });
    await page.close();
  });

  it('refuses an API key in the page unless dangerouslyAllowBrowser is set', async () => {
    const { page, requests } = await openScenario('api-key');

    expect(await text(page, '#refused-outcome')).toBe('threw');
    expect(await text(page, '#refused-name')).toBe('ConfigurationError');
    expect(await text(page, '#refused-instanceof')).toBe('true');
    const message = await text(page, '#refused-message');
    expect(message).toContain('apiKey in a browser exposes it');
    expect(message).toContain('dangerouslyAllowBrowser: true');
    expect(message).not.toContain('page-visible-api-key');

    expect(await text(page, '#allowed-outcome')).toBe('constructed');
    expect(await text(page, '#allowed-status')).toBe('200');
    const listed = requestTo(requests, 'GET', '/v1/avatars');
    expect(await listed.headerValue('x-api-key')).toBe('page-visible-api-key');

    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'liveavatar-browser-api-key.png'),
      fullPage: true,
    });
    await page.close();
  });
});
