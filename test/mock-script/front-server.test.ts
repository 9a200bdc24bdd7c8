// The mock's front server in-process: docs routes first, every other request passed to the backend (Prism in
// real use, a recording server here) with method, path, headers and body unchanged, and the answer passed back.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeLoopbackPort, startFrontServer } from '../../scripts/mock/front-server.ts';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

let backend: Server;
let front: Server;
let origin: string;
const seen: Seen[] = [];

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    }),
  );

beforeAll(async () => {
  backend = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      response.setHeader('set-cookie', ['a=1', 'b=2']);
      response.writeHead(201, { 'content-type': 'application/json', 'x-from': 'backend' }).end('{"ok":true}');
    });
  });
  const backendPort = await listen(backend);
  front = await startFrontServer({
    host: '127.0.0.1',
    port: await freeLoopbackPort(),
    backendPort,
    routes: (request, response) => {
      if (request.url !== '/docs') return false;
      response.writeHead(200).end('docs');
      return true;
    },
  });
  origin = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => front.close(resolve));
  await new Promise((resolve) => backend.close(resolve));
});

describe('mock front server', () => {
  it('answers its own routes without the backend', async () => {
    expect(await (await fetch(`${origin}/docs`)).text()).toBe('docs');
    expect(seen).toEqual([]);
  });

  it('passes everything else through unchanged, both ways', async () => {
    const response = await fetch(`${origin}/v1/things/7?page=2`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json', origin: 'http://page.test' },
      body: '{"name":"x"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-from')).toBe('backend');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ ok: true });
    expect(seen.at(-1)).toMatchObject({
      method: 'PATCH',
      url: '/v1/things/7?page=2',
      body: '{"name":"x"}',
      headers: { authorization: 'Bearer t', origin: 'http://page.test' },
    });
  });

  it('answers 502 naming the cause when the backend is gone', async () => {
    const lonely = await startFrontServer({
      host: '127.0.0.1',
      port: await freeLoopbackPort(),
      backendPort: await freeLoopbackPort(),
      routes: () => false,
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(lonely.address() as AddressInfo).port}/v1/x`);
      expect(response.status).toBe(502);
      expect(await response.text()).toMatch(/^mock: Prism did not answer \(.*ECONNREFUSED/);
    } finally {
      await new Promise((resolve) => lonely.close(resolve));
    }
  });
});
