/**
 * The HTTP transport of the session mock: a thin Node server in front of Prism. Every request goes to Prism
 * first, so Prism keeps doing what it does well (request validation with `sl-violations`, security checks, CORS,
 * `Prefer`, every stateless answer). When Prism accepts a lifecycle request (a 2xx) and the caller did not pick a
 * response with `Prefer`, the session model answers instead, with Prism's headers. `POST /_mock/reset` forgets
 * every session.
 */
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { bearerToken, matchRoute } from '../../src/mock/session-requests.ts';
import { createSessionMock } from '../../src/mock/session-mock.ts';
import type { SessionMock, SessionMockOptions } from '../../src/mock/session-mock.ts';
import type { MockAnswer } from '../../src/mock/answer.ts';

/** The documented reset route: the mock's own, outside the API's paths. */
export const RESET_PATH = '/_mock/reset';
const MAX_BODY_BYTES = 1024 * 1024;

export interface SessionServerOptions extends SessionMockOptions {
  /** Prism's base URL, e.g. `http://127.0.0.1:4011`. */
  prismUrl: string;
  /** The fixed spec Prism serves (with its generated examples). */
  spec: Record<string, unknown>;
}

export interface SessionServer {
  readonly url: string;
  readonly mock: SessionMock;
  close(): Promise<void>;
}

/** Creates the front server (throws `LifecycleRouteError` when the spec lacks a lifecycle operation). */
export function createSessionServer(options: SessionServerOptions): { server: Server; mock: SessionMock } {
  const { prismUrl, spec, ...mockOptions } = options;
  const mock = createSessionMock(spec, mockOptions);
  const prism = new URL(prismUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createServer((request, response) => {
    handle(request, response, mock, prism, agent).catch((error: unknown) => {
      answerJson(
        response,
        502,
        {},
        {
          code: 5000,
          data: null,
          message: `mock: Prism did not answer (${error instanceof Error ? error.message : String(error)})`,
        },
      );
    });
  });
  server.on('close', () => {
    agent.destroy();
  });
  return { server, mock };
}

/** Starts the front server on host:port (port 0: any free one) and resolves once it listens. */
export async function startSessionServer(
  options: SessionServerOptions & { host?: string; port?: number },
): Promise<SessionServer> {
  const { host = '127.0.0.1', port = 0, ...rest } = options;
  const { server, mock } = createSessionServer(rest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    mock,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  mock: SessionMock,
  prism: URL,
  agent: Agent,
): Promise<void> {
  const body = await readBody(request);
  const url = new URL(request.url ?? '/', 'http://mock.invalid');
  if (url.pathname === RESET_PATH && request.method === 'POST') {
    mock.model.reset();
    answerJson(response, 200, corsOf(request), { code: 1000, data: null, message: 'Mock state reset' });
    return;
  }
  const upstream = await forward(request, body, prism, agent);
  const stateful =
    upstream.status >= 200 &&
    upstream.status < 300 &&
    request.headers.prefer === undefined &&
    matchRoute(mock.routes, request.method ?? 'GET', url.pathname) !== undefined;
  const answer = stateful ? answerFromState(mock, request, url, body) : undefined;
  if (answer === undefined) {
    response.writeHead(upstream.status, upstream.headers);
    response.end(upstream.body);
    return;
  }
  answerJson(response, answer.status, withoutBodyHeaders(upstream.headers), answer.body);
}

function answerFromState(
  mock: SessionMock,
  request: IncomingMessage,
  url: URL,
  body: Buffer,
): MockAnswer | undefined {
  return mock.handle({
    method: request.method ?? 'GET',
    pathname: url.pathname,
    query: url.searchParams,
    bearer: bearerToken(request.headers.authorization),
    body: parseJson(body),
  });
}

interface Upstream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(request: IncomingMessage, body: Buffer, prism: URL, agent: Agent): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        agent,
        host: prism.hostname,
        port: prism.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: prism.host, connection: 'keep-alive' },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          resolve({
            status: incoming.statusCode ?? 502,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          });
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Prism gets no more than this either; a larger body is cut and then fails its validation.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function withoutBodyHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept = { ...headers };
  for (const name of ['content-length', 'content-type', 'transfer-encoding', 'content-encoding', 'etag']) {
    Reflect.deleteProperty(kept, name);
  }
  return kept;
}

/** CORS for the mock's own route, as Prism answers it for the API's: the page's origin, with credentials. */
function corsOf(request: IncomingMessage): IncomingHttpHeaders {
  const origin = request.headers.origin;
  return origin === undefined
    ? {}
    : { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

function answerJson(
  response: ServerResponse,
  status: number,
  headers: IncomingHttpHeaders,
  body: unknown,
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
