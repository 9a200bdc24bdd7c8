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
import { expectedError } from '../support/contract.ts';
import { liveOperations, liveSchemes } from '../support/live-metadata.ts';
import { callableWith, findOperation, needsNoParameters, schemeNames } from '../support/live-operations.ts';
import { documentedErrorStatuses, loadSpec } from '../support/spec.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = path.join(PROJECT_ROOT, 'dist/browser/liveavatar-client.js');
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const SCREENSHOT_DIR = '/tmp';

// Today's operations, picked by what they are (the page takes them from the query), never by path.
const spec = await loadSpec(path.join(PROJECT_ROOT, 'generated/openapi.fixed.json'));
const simple = (operation: (typeof liveOperations)[number]) =>
  operation.requestBody !== 'required' && needsNoParameters(spec, operation);
const bearerSchemes = schemeNames(liveSchemes, 'bearer');
const tokenOperation = findOperation(
  liveOperations,
  'callable only with a session token, without required parameters or body',
  // Only a session token: on a fresh mock with session state, a call that names an existing session (keep-alive)
  // would rightly answer "not found"; one that only needs the token (start) begins a session.
  (operation) =>
    simple(operation) &&
    callableWith(operation, bearerSchemes) &&
    operation.security.every((alternative) => alternative.every((name) => bearerSchemes.has(name))),
);
const publicOperation = findOperation(
  liveOperations,
  'a public GET without required parameters that documents an error status',
  (operation) =>
    operation.method === 'GET' &&
    operation.security.length === 0 &&
    simple(operation) &&
    documentedErrorStatuses(spec, operation.path, operation.method).length > 0,
);
const [preferStatus] = documentedErrorStatuses(spec, publicOperation.path, publicOperation.method);
const keyOperation = findOperation(
  liveOperations,
  'a GET callable with the API key alone, without required parameters',
  (operation) =>
    operation.method === 'GET' &&
    simple(operation) &&
    operation.security.every((alternative) =>
      alternative.every((name) => schemeNames(liveSchemes, 'apiKey').has(name)),
    ) &&
    callableWith(operation, schemeNames(liveSchemes, 'apiKey')),
);

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

    const query = new URLSearchParams({
      scenario,
      mock: mock!.baseUrl,
      'token-op': tokenOperation.key,
      'public-op': publicOperation.key,
      'prefer-status': String(preferStatus),
      'key-op': keyOperation.key,
    });
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

  it(`calls ${tokenOperation.key} with a session token, renders ${publicOperation.key} and a Prefer-chosen error`, async () => {
    const { page, requests } = await openScenario('session');
    expect(new URL(site!.origin).origin).not.toBe(new URL(mock!.baseUrl).origin);

    // What the mock serves, fetched outside the browser, is what the page must have rendered.
    const direct = (await (await fetch(`${mock!.baseUrl}${publicOperation.path}`)).json()) as {
      data?: unknown;
    };
    const expected = publicOperation.envelope ? direct.data : direct;
    expect(JSON.parse(await text(page, '#public-data'))).toEqual(expected);

    expect(tokenOperation.successStatuses).toContain(Number(await text(page, '#session-status')));
    expect(await text(page, '#session-data')).not.toBe('');

    // The cross-origin call carried the bearer token: CORS let the Authorization header through.
    const start = requestTo(requests, tokenOperation.method, tokenOperation.path);
    expect(await start.headerValue('authorization')).toBe('Bearer page-session-token');
    expect(tokenOperation.successStatuses).toContain((await start.response())?.status());

    // A response chosen with the Prefer header, passed through the `headers` call option.
    expect(await text(page, '#prefer-outcome')).toBe(expectedError(preferStatus!)[1]);
    expect(await text(page, '#prefer-status')).toBe(String(preferStatus));

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
    expect(keyOperation.successStatuses).toContain(Number(await text(page, '#allowed-status')));
    const listed = requestTo(requests, keyOperation.method, keyOperation.path);
    expect(await listed.headerValue('x-api-key')).toBe('page-visible-api-key');

    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'liveavatar-browser-api-key.png'),
      fullPage: true,
    });
    await page.close();
  });
});
