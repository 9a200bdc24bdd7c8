// A local stand-in for a live API that takes writes, for `--allow-writes`: it answers every operation of a
// fixture's spec with that spec's own mock example, records every request, and gives each POST's answer a fresh
// id (a random UUID) that it remembers, so a test can tell ids the check created from ids it found in lists.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The path template the request matched, e.g. `/v1/x/{x_id}`. */
  template: string;
  /** The concrete path. */
  path: string;
  /** The last path segment when the template ends in a parameter. */
  id: string | undefined;
}

/** What to do instead of the example: `destroy` drops the connection; a status answers that status. */
export type Override = 'destroy' | { status: number; body?: unknown };

export interface RecordingServerOptions {
  /** Consulted for every request; undefined answers the example. */
  override?: (request: RecordedRequest, index: number) => Override | undefined;
  /** Extra fields merged into every POST answer's `data` (to echo something back). */
  echo?: Record<string, unknown>;
}

export interface RecordingServer {
  url: string;
  requests: RecordedRequest[];
  /** Ids this server handed out in POST answers. */
  created: string[];
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

export async function startRecordingServer(
  specFile: string,
  options: RecordingServerOptions = {},
): Promise<RecordingServer> {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { paths: Record<string, Json> };
  const routes = Object.keys(spec.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const requests: RecordedRequest[] = [];
  const created: string[] = [];
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      answer(request, response);
    });
  });
  function answer(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const method = request.method ?? '';
    const route = routes.find(({ pattern }) => pattern.test(path));
    const operation = route && (spec.paths[route.template]?.[method.toLowerCase()] as Json | undefined);
    if (route === undefined || operation === undefined) {
      response.writeHead(404).end();
      return;
    }
    const recorded: RecordedRequest = {
      method,
      template: route.template,
      path,
      id: route.template.endsWith('}') ? path.slice(path.lastIndexOf('/') + 1) : undefined,
    };
    requests.push(recorded);
    const override = options.override?.(recorded, requests.length - 1);
    if (override === 'destroy') {
      response.socket?.destroy();
      return;
    }
    if (override !== undefined) {
      response.writeHead(override.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(override.body ?? {}));
      return;
    }
    const { status, body } = example(operation);
    if (method === 'POST' && isRecord(body) && isRecord(body.data)) {
      const id = randomUUID();
      created.push(id);
      body.data = { ...body.data, id, ...options.echo };
    }
    if (body === undefined) response.writeHead(status).end();
    else response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    created,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The first success status the operation declares, with its mock example (a copy). */
function example(operation: Json): { status: number; body: unknown } {
  const responses = operation.responses as Record<string, Json>;
  const status = Object.keys(responses).find((key) => /^2\d\d$/.test(key)) ?? '200';
  const media = (responses[status]?.content as Json | undefined)?.['application/json'] as Json | undefined;
  const value = ((media?.examples as Json | undefined)?.mock as Json | undefined)?.value;
  return { status: Number(status), body: value === undefined ? undefined : structuredClone(value) };
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
