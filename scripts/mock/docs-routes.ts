// The mock's own pages, in front of whatever answers the API: `GET /docs` (the reference page, scripts/docs/) and
// `GET /openapi.json` (the fixed spec the mock serves). A plain (req, res) → answered? function, so any Node http
// server (today's front server, or the session service of issue 19) can put it first.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface DocsRoutesOptions {
  /** The reference page's HTML; asked once, on the first request for it (then kept). */
  page: () => Promise<string>;
  /** The spec file served at /openapi.json, read on each request (a regenerate shows at once). */
  specFile: string;
}

export type DocsRoutes = (request: IncomingMessage, response: ServerResponse) => boolean;

export const DOCS_PATH = '/docs';
export const SPEC_PATH = '/openapi.json';

/** Returns a handler that answers /docs, /docs/ and /openapi.json and returns false for anything else. */
export function createDocsRoutes(options: DocsRoutesOptions): DocsRoutes {
  let page: Promise<string> | undefined;
  const cachedPage = (): Promise<string> => {
    page ??= options.page().catch((error: unknown) => {
      page = undefined; // a failed build is retried on the next request
      throw error;
    });
    return page;
  };
  return (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://mock.invalid').pathname;
    const route =
      pathname === DOCS_PATH || pathname === `${DOCS_PATH}/`
        ? { body: cachedPage, type: 'text/html; charset=utf-8' }
        : pathname === SPEC_PATH
          ? { body: () => readFile(options.specFile, 'utf8'), type: 'application/json' }
          : undefined;
    if (route === undefined) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' })
        .end('method not allowed\n');
      return true;
    }
    route.body().then(
      (body) => {
        response.writeHead(200, {
          'content-type': route.type,
          'content-length': Buffer.byteLength(body),
          'cache-control': 'no-store',
          // Tools on other origins (an editor, a docs site) may read the spec.
          'access-control-allow-origin': '*',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        response
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`mock: cannot serve ${pathname}: ${reason}\n`);
      },
    );
    return true;
  };
}
