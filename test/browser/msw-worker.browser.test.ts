// liveavatar-client/msw in real headless Chromium through MSW's service worker: the official web SDK's REST start,
// keep-alive and stop are answered by the handlers (the shared session model), and a keep-alive after stop
// fails as the live API's would. Nothing leaves 127.0.0.1: the test refuses any request beyond the page.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromiumInstalled, launchChromium } from './chromium.ts';
import type { Chromium } from './chromium.ts';
import type { MswResults } from './msw-page/app.ts';
import { startStaticServer } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const PAGE_DIR = fileURLToPath(new URL('./msw-page/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the MSW handlers in headless Chromium, through the service worker, driving the official web SDK', () => {
  let site: StaticServer | undefined;
  let browser: Chromium | undefined;
  let workDir: string | undefined;
  const leftThePage: string[] = [];

  beforeAll(async () => {
    assertChromiumInstalled();
    workDir = await mkdtemp(path.join(tmpdir(), 'liveavatar-msw-page-'));
    // What a frontend developer runs once: msw's CLI copies mockServiceWorker.js into the public directory.
    const init = spawnSync(
      process.execPath,
      ['node_modules/msw/cli/index.js', 'init', workDir, '--no-save'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(init.status, init.stderr).toBe(0);
    await build({
      entryPoints: [path.join(PAGE_DIR, 'app.ts')],
      outfile: path.join(workDir, 'msw-app.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'error',
    });
    [site, browser] = await Promise.all([
      startStaticServer({
        '/': { path: path.join(PAGE_DIR, 'index.html'), contentType: 'text/html; charset=utf-8' },
        '/msw-app.js': { path: path.join(workDir, 'msw-app.js'), contentType: 'text/javascript' },
        '/mockServiceWorker.js': {
          path: path.join(workDir, 'mockServiceWorker.js'),
          contentType: 'text/javascript',
        },
      }),
      launchChromium(),
    ]);
    const origin = site.origin;
    await browser.context.route(
      (url) => url.origin !== origin,
      async (route) => {
        leftThePage.push(route.request().url());
        await route.abort('connectionrefused');
      },
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
  });

  it('answers start, keep-alive and stop with code 1000, then a keep-alive after stop fails', async () => {
    const page = await browser!.context.newPage();
    await page.goto(`${site!.origin}/`);
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    const results = (await page.evaluate(() => Reflect.get(window, 'mswResults'))) as MswResults;
    expect(results.error).toBeUndefined();
    expect(results.start, JSON.stringify(results)).toMatchObject({ outcome: 'resolved' });
    // The SDK resolves only on envelope code 1000, and hands back the data: a session from the model.
    expect(results.start?.value).toMatchObject({ session_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(results.keepAlive).toMatchObject({ outcome: 'resolved' });
    expect(results.stop).toMatchObject({ outcome: 'resolved' });
    expect(results.keepAliveAfterStop).toMatchObject({ outcome: 'rejected' });
    expect(leftThePage).toEqual([]);
  });
});
