// A tiny static server on 127.0.0.1 for the test page: its own port, so the page's origin differs from the mock's.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { transform } from 'esbuild';

export interface StaticFile {
  /** File to send, read on each request. */
  path: string;
  contentType: string;
  /** TypeScript sources are sent as the JavaScript esbuild makes of them (types stripped, nothing bundled). */
  typescript?: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

async function body(file: StaticFile): Promise<string | Buffer> {
  if (file.typescript !== true) return readFile(file.path);
  const source = await readFile(file.path, 'utf8');
  return (await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: file.path }))
    .code;
}

/** Serves exactly the given URL paths; everything else is 404. */
export async function startStaticServer(files: Readonly<Record<string, StaticFile>>): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files[pathname];
    if (request.method !== 'GET' || file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    body(file).then(
      (content) => {
        response
          .writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' })
          .end(content);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
