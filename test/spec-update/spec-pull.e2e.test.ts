import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { readOverlay } from '../../scripts/pipeline/overlay.ts';
import {
  child,
  frozenOverlayFile,
  frozenSpecFile,
  projectRoot,
  readFullSpec,
  schema,
} from './spec-fixtures.ts';

// End to end: `node --import tsx scripts/spec-pull.ts` as a child process, against a local HTTP server and files,
// always with --root pointing at a temporary copy of the frozen fixture (test/fixtures/liveavatar-2026-11: its
// document and its own overlay): the project's own openapi.json is never a target here, nor an input.

/** How many fix-ups the frozen fixture's overlay declares: the report counts them. */
const fixupCount = (await readOverlay(frozenOverlayFile)).actions.length;

// Generous: each child starts Node + tsx, and a loaded CI machine runs several at once.
const CHILD_TIMEOUT_MS = 45_000;
const TEST_TIMEOUT_MS = 2 * CHILD_TIMEOUT_MS + 10_000;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runSpecPull(args: string[]): Promise<RunResult> {
  // Asynchronous on purpose: the HTTP server answering the child lives in this process's event loop.
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/spec-pull.ts', ...args],
      { cwd: projectRoot, timeout: CHILD_TIMEOUT_MS },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const temporaryDirectories: string[] = [];

/** A throw-away project root with a read-only copy of openapi.json (as in the checkout) and the fix-ups. */
async function makeRoot(): Promise<{ root: string; target: string; original: Buffer }> {
  const root = await mkdtemp(path.join(tmpdir(), 'spec-pull-'));
  temporaryDirectories.push(root);
  const target = path.join(root, 'openapi.json');
  await copyFile(frozenSpecFile, target);
  await chmod(target, 0o444);
  await copyFile(frozenOverlayFile, path.join(root, 'fixups.overlay.yaml'));
  return { root, target, original: await readFile(target) };
}

async function makeDirectory(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'spec-pull-input-'));
  temporaryDirectories.push(directory);
  return directory;
}

const fullText = await readFile(frozenSpecFile, 'utf8');

function serialize(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

const withAddedOperation = (() => {
  const document = readFullSpec();
  const item = child(document, 'paths', '/v1/secrets/{secret_id}');
  item.get = { ...structuredClone(child(item, 'delete')), operationId: 'get_secret', summary: 'Get Secret' };
  return serialize(document);
})();

const withRemovedOperation = (() => {
  const document = readFullSpec();
  delete child(document, 'paths', '/v1/secrets/{secret_id}').delete;
  return serialize(document);
})();

/** Upstream fixed its discriminator: the first fix-up's target is gone, nothing else changed. */
const withoutDiscriminator = (() => {
  const document = readFullSpec();
  delete child(schema(document, 'AvatarPersonaSchema'), 'properties', 'voice_settings', 'anyOf', '0')
    .discriminator;
  return serialize(document);
})();

const DISCRIMINATOR_TARGET =
  '$.components.schemas.AvatarPersonaSchema.properties.voice_settings.anyOf[0].discriminator.mapping';

const badBodies = {
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

const badFileProblems: Record<keyof typeof badBodies, RegExp> = {
  html: /got HTML\/XML/,
  notJson: /not valid JSON/,
  swagger: /a Swagger 2\.0 document/,
  noPaths: /expected a paths object/,
  danglingRef:
    /at #\/paths\/~1x\/get\/responses\/200\/\$ref: \$ref "#\/components\/responses\/Missing" points to nothing/,
};

let server: Server;
let baseUrl: string;
let closedPortUrl: string;

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const routes: Record<string, () => void> = {
      '/openapi.json': () => {
        send(response, 200, 'application/json', fullText);
      },
      '/added.json': () => {
        send(response, 200, 'application/json', withAddedOperation);
      },
      '/removed.json': () => {
        send(response, 200, 'application/json', withRemovedOperation);
      },
      '/not-found': () => {
        send(response, 404, 'text/plain', 'no such file');
      },
      '/server-error': () => {
        send(response, 503, 'text/plain', 'maintenance');
      },
      '/html': () => {
        send(response, 200, 'text/html', badBodies.html);
      },
      '/not-json': () => {
        send(response, 200, 'application/json', badBodies.notJson);
      },
      '/swagger.json': () => {
        send(response, 200, 'application/json', badBodies.swagger);
      },
      '/no-paths.json': () => {
        send(response, 200, 'application/json', badBodies.noPaths);
      },
      '/slow': () => {
        // Never answers: the client's timeout has to end it.
      },
    };
    const route = routes[request.url ?? ''];
    if (route) route();
    else send(response, 404, 'text/plain', 'unknown route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port that was just free and is closed again: connecting to it is refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/openapi.json`;
  await new Promise<void>((resolve) =>
    closed.close(() => {
      resolve();
    }),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  await Promise.all(temporaryDirectories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe.concurrent(
  'spec:pull refuses bad input and leaves openapi.json untouched',
  { timeout: TEST_TIMEOUT_MS },
  () => {
    const cases: {
      name: string;
      from: () => string | Promise<string>;
      problem: RegExp;
      extraArgs?: string[];
    }[] = [
      {
        name: 'network failure (closed port)',
        from: () => closedPortUrl,
        problem: /network request failed: fetch failed \(ECONNREFUSED\)/,
      },
      {
        name: 'HTTP 404',
        from: () => `${baseUrl}/not-found`,
        problem: /expected HTTP 200, got HTTP 404 Not Found/,
      },
      {
        name: 'HTTP 503',
        from: () => `${baseUrl}/server-error`,
        problem: /expected HTTP 200, got HTTP 503 Service Unavailable/,
      },
      {
        name: 'no answer within --timeout',
        from: () => `${baseUrl}/slow`,
        problem: /no response within 300 ms/,
        extraArgs: ['--timeout', '300'],
      },
      {
        name: 'HTML served instead of JSON',
        from: () => `${baseUrl}/html`,
        problem: /got HTML\/XML .*not the OpenAPI JSON document/,
      },
      { name: 'not JSON at all', from: () => `${baseUrl}/not-json`, problem: /not valid JSON/ },
      {
        name: 'Swagger 2.0 JSON',
        from: () => `${baseUrl}/swagger.json`,
        problem: /at #\/swagger: a Swagger 2\.0 document; expected OpenAPI 3\.x/,
      },
      {
        name: 'OpenAPI JSON without paths',
        from: () => `${baseUrl}/no-paths.json`,
        problem: /at #\/paths: expected a paths object/,
      },
      {
        name: 'missing file',
        from: async () => path.join(await makeDirectory(), 'missing.json'),
        problem: /cannot read file \(ENOENT\)/,
      },
      ...Object.entries(badBodies).map(([name, body]) => ({
        name: `file: ${name}`,
        from: async () => {
          const file = path.join(await makeDirectory(), `${name}.json`);
          await writeFile(file, body);
          return file;
        },
        problem: badFileProblems[name as keyof typeof badBodies],
      })),
    ];

    for (const { name, from, problem, extraArgs = [] } of cases) {
      it(name, async ({ expect }) => {
        const { root, target, original } = await makeRoot();
        const filesBefore = await readdir(root);
        const overlayBefore = await readFile(path.join(root, 'fixups.overlay.yaml'));
        const source = await from();

        const result = await runSpecPull(['--root', root, '--from', source, ...extraArgs]);

        expect(result.code).not.toBe(0);
        // One clear line naming the source, no stack trace.
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toContain(`error: ${source}`);
        expect(result.stderr).toMatch(problem);
        expect((await readFile(target)).equals(original)).toBe(true);
        expect((await readFile(path.join(root, 'fixups.overlay.yaml'))).equals(overlayBefore)).toBe(true);
        expect(await readdir(root)).toEqual(filesBefore);
      });
    }
  },
);

describe.concurrent('spec:pull with a valid candidate', { timeout: TEST_TIMEOUT_MS }, () => {
  it('replaces openapi.json with the served bytes when nothing breaks, and writes the report', async ({
    expect,
  }) => {
    const { root, target } = await makeRoot();

    const result = await runSpecPull(['--root', root, '--from', `${baseUrl}/added.json`]);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(withAddedOperation);
    // Still read-only, as in the checkout.
    expect((await stat(target)).mode & 0o777).toBe(0o444);
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8');
    expect(report).toContain('## Operations added (1)');
    expect(report).toContain('- `GET /v1/secrets/{secret_id}`: Get Secret');
    expect(report).toContain('`openapi.json` replaced');
    expect(report).toContain(`All ${fixupCount} fix-ups still match the candidate document.`);
    expect(result.stdout).toContain(report.trim());
  });

  it('keeps openapi.json and exits non-zero on a breaking change, with the report written', async ({
    expect,
  }) => {
    const { root, target, original } = await makeRoot();

    const result = await runSpecPull([
      '--root',
      root,
      '--from',
      `${baseUrl}/removed.json`,
      '--report',
      'out/changes.md',
    ]);

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `error: openapi.json: 1 breaking change for clients in ${baseUrl}/removed.json; openapi.json left unchanged. ` +
        'Review out/changes.md, then re-run with --accept-breaking to take them.',
    );
    expect((await readFile(target)).equals(original)).toBe(true);
    const report = await readFile(path.join(root, 'out', 'changes.md'), 'utf8');
    expect(report).toContain('## Breaking changes (1)');
    expect(report).toContain('- **removed operation**: DELETE /v1/secrets/{secret_id}: operation removed');
    expect(report).toContain('`openapi.json` NOT replaced');
  });

  it('takes a breaking change with --accept-breaking', async ({ expect }) => {
    const { root, target } = await makeRoot();

    const result = await runSpecPull([
      '--root',
      root,
      '--from',
      `${baseUrl}/removed.json`,
      '--accept-breaking',
    ]);

    expect(result.code).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(withRemovedOperation);
    expect(await readFile(path.join(root, 'spec-changes.md'), 'utf8')).toContain('## Breaking changes (1)');
  });

  it('--dry-run reports without writing openapi.json, and still fails on breaking changes', async ({
    expect,
  }) => {
    const { root, target, original } = await makeRoot();

    const safe = await runSpecPull(['--root', root, '--from', `${baseUrl}/added.json`, '--dry-run']);
    expect(safe.code).toBe(0);
    expect((await readFile(target)).equals(original)).toBe(true);
    expect(await readFile(path.join(root, 'spec-changes.md'), 'utf8')).toContain(
      'dry run: `openapi.json` not written',
    );

    const breaking = await runSpecPull(['--root', root, '--from', `${baseUrl}/removed.json`, '--dry-run']);
    expect(breaking.code).toBe(1);
    expect(breaking.stderr).toContain('openapi.json not written (dry run)');
    expect((await readFile(target)).equals(original)).toBe(true);
  });

  it('removes a fix-up whose target upstream removed from the overlay, touching no other', async ({
    expect,
  }) => {
    const { root, target } = await makeRoot();
    const candidate = path.join(await makeDirectory(), 'fixed-upstream.json');
    await writeFile(candidate, withoutDiscriminator);
    const overlayFile = path.join(root, 'fixups.overlay.yaml');
    const overlayBefore = await readFile(overlayFile, 'utf8');

    const result = await runSpecPull(['--root', root, '--from', candidate]);

    expect(result.code).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(withoutDiscriminator);
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8');
    expect(report).toContain('1 of 5 fix-ups are no longer needed: upstream fixed what they patch.');
    expect(report).toContain('Removed from `fixups.overlay.yaml` (written atomically)');
    expect(report).toContain(`\`${DISCRIMINATOR_TARGET}\``);
    // Exactly the first action is gone; the other four, the comments and the formatting are as they were.
    const overlayAfter = await readFile(overlayFile, 'utf8');
    const firstAction = overlayBefore.slice(
      overlayBefore.indexOf(`  - target: ${DISCRIMINATOR_TARGET}`),
      overlayBefore.indexOf('  - target:', overlayBefore.indexOf(DISCRIMINATOR_TARGET)),
    );
    expect(firstAction).toContain('discriminator.mapping values must be strings');
    expect(overlayAfter).toBe(overlayBefore.replace(firstAction, ''));
  });

  it('--keep-fixups leaves the overlay alone and says what to remove by hand', async ({ expect }) => {
    const { root } = await makeRoot();
    const candidate = path.join(await makeDirectory(), 'fixed-upstream.json');
    await writeFile(candidate, withoutDiscriminator);
    const overlayFile = path.join(root, 'fixups.overlay.yaml');
    const overlayBefore = await readFile(overlayFile, 'utf8');

    const result = await runSpecPull(['--root', root, '--from', candidate, '--keep-fixups']);

    expect(result.code).toBe(0);
    expect(await readFile(overlayFile, 'utf8')).toBe(overlayBefore);
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8');
    expect(report).toContain('Left in `fixups.overlay.yaml` (`--keep-fixups`)');
    expect(report).toContain(`\`${DISCRIMINATOR_TARGET}\``);
  });

  it('leaves an identical document alone', async ({ expect }) => {
    const { root, target, original } = await makeRoot();
    const { mtimeMs } = await stat(target);

    const result = await runSpecPull(['--root', root, '--from', `${baseUrl}/openapi.json`]);

    expect(result.code).toBe(0);
    expect((await readFile(target)).equals(original)).toBe(true);
    expect((await stat(target)).mtimeMs).toBe(mtimeMs);
    expect(await readFile(path.join(root, 'spec-changes.md'), 'utf8')).toContain(
      '0 operations added, 0 removed',
    );
  });

  it('rejects an unknown flag with usage, touching nothing', async ({ expect }) => {
    const { root, target, original } = await makeRoot();

    const result = await runSpecPull(['--root', root, '--form', `${baseUrl}/added.json`]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: spec:pull: Unknown option '--form'");
    expect(result.stderr).toContain('usage: npm run spec:pull');
    expect((await readFile(target)).equals(original)).toBe(true);
  });
});
