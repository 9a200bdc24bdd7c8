// npm run spec:check-live as a process: the exit codes and where the output goes. The rest of its behaviour is
// tested in-process (check-live.test.ts); these few cases pay for starting Node and tsx.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOffSpecServer } from './off-spec-server.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const FROZEN_GENERATED = path.join(projectRoot, 'test/fixtures/liveavatar-2026-11/generated');
const API_KEY = 'la-live-check-key-0123456789-SECRET';
const CHILD_TIMEOUT_MS = 45_000;

function runCli(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'scripts/spec-check-live.ts'), '--root', root, ...args],
      { cwd: projectRoot, timeout: CHILD_TIMEOUT_MS, env: { ...process.env, LIVEAVATAR_API_KEY: API_KEY } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

/** A project root holding only the frozen fixture's generated files: what the check reads. */
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'check-live-cli-'));
  await mkdir(path.join(root, 'generated'));
  for (const file of ['openapi.fixed.json', 'operations.ts', 'client-metadata.ts']) {
    await copyFile(path.join(FROZEN_GENERATED, file), path.join(root, 'generated', file));
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm run spec:check-live (process)', () => {
  it(
    'exits 2 with one line on stderr when the base URL is unreachable',
    async () => {
      const { code, stdout, stderr } = await runCli(root, [
        '--base-url',
        `http://127.0.0.1:${await closedPort()}`,
      ]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^error: cannot reach http:\/\/127\.0\.0\.1:\d+: /);
    },
    2 * CHILD_TIMEOUT_MS,
  );

  it(
    'exits 1 on drift, prints the report and writes live-check.md at the root',
    async () => {
      const server = await startOffSpecServer(path.join(root, 'generated/openapi.fixed.json'), {
        '/v1/languages': { status: 403, body: { code: 4003, data: null, message: API_KEY } },
      });
      try {
        const { code, stdout, stderr } = await runCli(root, ['--base-url', server.url]);
        expect(stderr).toBe('');
        expect(code).toBe(1);
        expect(stdout).toContain('### `GET /v1/languages` (HTTP 403)');
        expect(stdout).toContain('report written to live-check.md');
        expect(await readFile(path.join(root, 'live-check.md'), 'utf8')).toContain('# Live API check');
        expect(stdout).not.toContain(API_KEY);
      } finally {
        await server.close();
      }
    },
    2 * CHILD_TIMEOUT_MS,
  );
});
