// A small http server on the mock's public port: the docs routes first, everything else passed through unchanged
// to Prism on a private loopback port. It only exists because Prism cannot serve extra paths; a mock that is its
// own Node server (issue 19) puts the docs routes in front of its handler instead and drops this file.
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DocsRoutes } from './docs-routes.ts';

export interface FrontServerOptions {
  host: string;
  port: number;
  /** Where Prism listens (loopback). */
  backendPort: number;
  routes: DocsRoutes;
}

/** A free loopback port for Prism: bound for a moment by the OS's choice, then released. */
export async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Forwards one request to Prism and its answer back, status, headers and body as they are. */
function forward(request: IncomingMessage, response: ServerResponse, backendPort: number): void {
  const upstream = httpRequest(
    {
      host: '127.0.0.1',
      port: backendPort,
      method: request.method,
      path: request.url,
      headers: request.headers,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', (error) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response
      .writeHead(502, { 'content-type': 'text/plain' })
      .end(`mock: Prism did not answer (${error.message})\n`);
  });
  request.pipe(upstream);
}

export async function startFrontServer(options: FrontServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    if (!options.routes(request, response)) forward(request, response, options.backendPort);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: options.host, port: options.port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
