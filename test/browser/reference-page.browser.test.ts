// The reference page (`npm run docs`, served by the mock's /docs route) in headless Chromium with every request
// that is not for 127.0.0.1 refused: each operation of the live metadata has its section with its typed call,
// credential and response, and the page asks for nothing outside the machine. Writes a screenshot.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { referencePageHtml } from '../../scripts/docs.ts';
import { buildReferenceModel } from '../../scripts/docs/reference-model.ts';
import type { ReferenceModel } from '../../scripts/docs/reference-model.ts';
import { createDocsRoutes } from '../../scripts/mock/docs-routes.ts';
import { liveOperations } from '../support/live-metadata.ts';
import { launchChromium } from './chromium.ts';
import type { Chromium } from './chromium.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOT = '/tmp/liveavatar-reference-page.png';
const SECTION_SCREENSHOT = '/tmp/liveavatar-reference-operation.png';

let server: Server | undefined;
let browser: Chromium | undefined;
let page: Page;
let model: ReferenceModel;
const refused: string[] = [];

beforeAll(async () => {
  model = await buildReferenceModel({ root: PROJECT_ROOT });
  const routes = createDocsRoutes({
    page: () => referencePageHtml(PROJECT_ROOT),
    specFile: path.join(PROJECT_ROOT, 'generated/openapi.fixed.json'),
  });
  server = createServer((request, response) => {
    if (!routes(request, response)) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
  await browser.context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const { port } = server.address() as AddressInfo;
  const response = await page.goto(`http://127.0.0.1:${port}/docs`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('reference page in Chromium, offline', () => {
  it('has a section with the typed call for every operation of the generated metadata', async () => {
    expect(liveOperations.length).toBeGreaterThan(0);
    const expected = new Map(model.operations.map((operation) => [operation.key, operation]));
    for (const operation of liveOperations) {
      const section = page.locator(`section[data-operation="${operation.key}"]`);
      await expect.poll(() => section.count(), { message: operation.key }).toBe(1);
      const sample = expected.get(operation.key)?.sample;
      expect(sample, `${operation.key} has a sample in the model`).toBeDefined();
      const shown = await section.locator('pre.sample').innerText();
      expect(shown).toBe(sample);
      expect(shown).toContain(`client.${operation.method}('${operation.path}'`);
      expect((await section.locator('[data-credential]').innerText()).trim()).not.toBe('');
    }
    expect(await page.locator('section[data-operation]').count()).toBe(liveOperations.length);
  });

  it('shows each example response as the mock sends it', async () => {
    for (const operation of model.operations) {
      if (operation.response?.body === undefined) continue;
      const shown = await page.locator(`section[data-operation="${operation.key}"] pre.response`).innerText();
      expect(JSON.parse(shown), operation.key).toEqual(operation.response.body);
    }
  });

  it('links every navigation entry to its section', async () => {
    const targets = await page
      .locator('nav a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length).toBe(liveOperations.length);
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
  });

  it('asks nothing of the network beyond 127.0.0.1, and renders readably', async () => {
    await page.screenshot({ path: SCREENSHOT });
    // The operation most fix-ups touch, whole: call, response and fix-ups as a reader sees them.
    const [busiest] = [...model.operations].sort((a, b) => b.fixups.length - a.fixups.length);
    if (busiest !== undefined) {
      await page.locator(`section[data-operation="${busiest.key}"]`).screenshot({ path: SECTION_SCREENSHOT });
    }
    expect(refused).toEqual([]);
    const overflowing = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflowing).toBe(false);
  });
});
