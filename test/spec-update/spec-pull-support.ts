// What the spec:pull tests share: candidate documents derived from the frozen fixture
// (test/fixtures/liveavatar-2026-11), a local HTTP server that serves them (and misbehaves on request), and
// throw-away project roots. The project's own openapi.json is never a target here, nor an input.
import { chmod, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOverlay } from '../../scripts/pipeline/overlay.ts';
import { child, frozenOverlayFile, frozenSpecFile, readFullSpec, schema } from './spec-fixtures.ts';

/** How many fix-ups the frozen fixture's overlay declares: the report counts them. */
export const fixupCount = (await readOverlay(frozenOverlayFile)).actions.length;

export const fullText = await readFile(frozenSpecFile, 'utf8');

function serialize(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const withAddedOperation = (() => {
  const document = readFullSpec();
  const item = child(document, 'paths', '/v1/secrets/{secret_id}');
  item.get = { ...structuredClone(child(item, 'delete')), operationId: 'get_secret', summary: 'Get Secret' };
  return serialize(document);
})();

export const withRemovedOperation = (() => {
  const document = readFullSpec();
  delete child(document, 'paths', '/v1/secrets/{secret_id}').delete;
  return serialize(document);
})();

/** Upstream fixed its discriminator: the first fix-up's target is gone, nothing else changed. */
export const withoutDiscriminator = (() => {
  const document = readFullSpec();
  delete child(schema(document, 'AvatarPersonaSchema'), 'properties', 'voice_settings', 'anyOf', '0')
    .discriminator;
  return serialize(document);
})();

export const DISCRIMINATOR_TARGET =
  '$.components.schemas.AvatarPersonaSchema.properties.voice_settings.anyOf[0].discriminator.mapping';

export const badBodies = {
  html: '<!DOCTYPE html>\n<html><head><title>Docs</title></head><body>Not here</body></html>\n',
  notJson: '{"openapi": "3.1.0", "info": ',
  swagger: serialize({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: {} }),
  noPaths: serialize({ openapi: '3.1.0', info: { title: 'x', version: '1' } }),
  danglingRef: serialize({
    openapi: '3.1.0',
    info: { title: 'x', version: '1' },
    paths: { '/x': { get: { responses: { '200': { $ref: '#/components/responses/Missing' } } } } },
  }),
};

export const badFileProblems: Record<keyof typeof badBodies, RegExp> = {
  html: /got HTML\/XML/,
  notJson: /not valid JSON/,
  swagger: /a Swagger 2\.0 document/,
  noPaths: /expected a paths object/,
  danglingRef:
    /at #\/paths\/~1x\/get\/responses\/200\/\$ref: \$ref "#\/components\/responses\/Missing" points to nothing/,
};

type Answer = readonly [status: number, contentType: string, body: string];

/** What each path answers; `null`: never answers, so the client's timeout has to end it. */
const ROUTES: Record<string, Answer | null> = {
  '/openapi.json': [200, 'application/json', fullText],
  '/added.json': [200, 'application/json', withAddedOperation],
  '/removed.json': [200, 'application/json', withRemovedOperation],
  '/not-found': [404, 'text/plain', 'no such file'],
  '/server-error': [503, 'text/plain', 'maintenance'],
  '/html': [200, 'text/html', badBodies.html],
  '/not-json': [200, 'application/json', badBodies.notJson],
  '/swagger.json': [200, 'application/json', badBodies.swagger],
  '/no-paths.json': [200, 'application/json', badBodies.noPaths],
  '/slow': null,
};

export interface CandidateServer {
  baseUrl: string;
  /** A port that was just free and is closed again: connecting to it is refused. */
  closedPortUrl: string;
  close(): Promise<void>;
}

export async function startCandidateServer(): Promise<CandidateServer> {
  const server = createServer((request, response) => {
    const answer = ROUTES[request.url ?? ''];
    if (answer === null) return;
    const [status, contentType, body] = answer ?? [404, 'text/plain', 'unknown route'];
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => {
    closed.close(() => {
      resolve();
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    closedPortUrl: `http://127.0.0.1:${closedPort}/openapi.json`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}

/** Temporary directories, removed by `removeAll` (call it in afterAll). */
export class Scratch {
  private readonly directories: string[] = [];

  async directory(prefix = 'spec-pull-input-'): Promise<string> {
    const directory = await mkdtemp(path.join(tmpdir(), prefix));
    this.directories.push(directory);
    return directory;
  }

  /** A throw-away project root with a read-only copy of openapi.json (as in the checkout) and the fix-ups. */
  async root(): Promise<{ root: string; target: string; original: Buffer }> {
    const root = await this.directory('spec-pull-');
    const target = path.join(root, 'openapi.json');
    await copyFile(frozenSpecFile, target);
    await chmod(target, 0o444);
    await copyFile(frozenOverlayFile, path.join(root, 'fixups.overlay.yaml'));
    return { root, target, original: await readFile(target) };
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.directories.map((directory) => rm(directory, { recursive: true, force: true })));
  }
}
