// A local stand-in for a live API that has drifted from its spec: it answers every GET of a fixture's spec with
// that spec's own mock example, except where a test scripts something else for a path template.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  status?: number;
  contentType?: string;
  /** A JSON value, or raw text when `contentType` is not JSON. */
  body: unknown;
}

/** Path template → what to answer instead of the example; a function gets the mock example to alter. */
export type Script = Record<string, ScriptedAnswer | ((example: unknown) => ScriptedAnswer)>;

export interface OffSpecServer {
  url: string;
  /** Every request as `METHOD /path?query`, in order. */
  requests: string[];
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

export async function startOffSpecServer(specFile: string, script: Script): Promise<OffSpecServer> {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { paths: Record<string, Json> };
  const routes = Object.keys(spec.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${request.method ?? ''} ${url.pathname}${url.search}`);
    const route = routes.find(({ pattern }) => pattern.test(url.pathname));
    if (route === undefined || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    const example = mockExample(spec.paths[route.template] as Json);
    const scripted = script[route.template];
    const answer =
      typeof scripted === 'function' ? scripted(structuredClone(example)) : (scripted ?? { body: example });
    const contentType = answer.contentType ?? 'application/json';
    const text = contentType.includes('json') ? JSON.stringify(answer.body) : String(answer.body);
    response.writeHead(answer.status ?? 200, { 'content-type': contentType }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

function mockExample(item: Json): unknown {
  const responses = (item.get as Json).responses as Record<string, Json>;
  const media = (responses['200']?.content as Json | undefined)?.['application/json'] as Json | undefined;
  return ((media?.examples as Json | undefined)?.mock as Json | undefined)?.value;
}
