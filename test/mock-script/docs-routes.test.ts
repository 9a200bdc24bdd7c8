// The mock's /docs and /openapi.json routes, in-process on a throw-away http server: what they answer, what they
// leave to the server behind them, and that the page is built once.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocsRoutes } from '../../scripts/mock/docs-routes.ts';

let directory: string;
let specFile: string;
let server: Server;
let origin: string;
let pageBuilds = 0;
let failNextBuild = false;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'docs-routes-'));
  specFile = path.join(directory, 'spec.json');
  await writeFile(specFile, '{"openapi":"3.1.0","info":{"title":"t","version":"1"}}');
  const routes = createDocsRoutes({
    specFile,
    page: () => {
      pageBuilds += 1;
      if (failNextBuild) {
        failNextBuild = false;
        return Promise.reject(new Error('page build failed'));
      }
      return Promise.resolve('<!doctype html><title>reference ✓</title>');
    },
  });
  server = createServer((request, response) => {
    if (!routes(request, response)) response.writeHead(418).end('behind');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(directory, { recursive: true, force: true });
});

describe('docs routes', () => {
  it('serves the page at /docs and /docs/, building it once', async () => {
    failNextBuild = true;
    expect((await fetch(`${origin}/docs`)).status).toBe(500);
    const builds = pageBuilds;
    for (const url of ['/docs', '/docs/', '/docs?x=1']) {
      const response = await fetch(`${origin}${url}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe('<!doctype html><title>reference ✓</title>');
    }
    expect(pageBuilds).toBe(builds + 1);
  });

  it('serves the spec file at /openapi.json as it is on disk now', async () => {
    await writeFile(specFile, '{"openapi":"3.1.0","changed":true}');
    const response = await fetch(`${origin}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ openapi: '3.1.0', changed: true });
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await fetch(`${origin}/openapi.json`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
    const post = await fetch(`${origin}/docs`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves every other path to the server behind it', async () => {
    for (const url of ['/', '/docsx', '/docs/index.html', '/v1/anything', '/openapi.json/x']) {
      const response = await fetch(`${origin}${url}`);
      expect([url, response.status]).toEqual([url, 418]);
    }
  });

  it('says which file it could not serve', async ({ onTestFinished }) => {
    const spec = await readFile(specFile);
    await rm(specFile);
    // Put back for the tests that serve it (they may run after this one: --sequence.shuffle).
    onTestFinished(() => writeFile(specFile, spec));
    const response = await fetch(`${origin}/openapi.json`);
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/^mock: cannot serve \/openapi\.json: ENOENT/);
  });
});
