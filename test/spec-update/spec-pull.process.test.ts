// `npm run spec:pull` as a real command line (`node --import tsx scripts/spec-pull.ts`), against a local HTTP
// server, always with --root pointing at a temporary copy of the frozen fixture. Every input, flag and report is
// tested in process (spec-pull.test.ts); these few runs prove what only a process shows: its exit code, what it
// prints on stdout and stderr, and that it ends on its own.
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { projectRoot } from './spec-fixtures.ts';
import { Scratch, startCandidateServer, withAddedOperation } from './spec-pull-support.ts';
import type { CandidateServer } from './spec-pull-support.ts';

// Generous: each child starts Node + tsx, and a loaded CI machine runs several at once.
const CHILD_TIMEOUT_MS = 45_000;
const TEST_TIMEOUT_MS = CHILD_TIMEOUT_MS + 10_000;

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

const scratch = new Scratch();
let server: CandidateServer;

beforeAll(async () => {
  server = await startCandidateServer();
});
afterAll(async () => {
  await server.close();
  await scratch.removeAll();
});

describe.concurrent('spec:pull on the command line', { timeout: TEST_TIMEOUT_MS }, () => {
  it('exits 0 and prints the report on stdout, nothing on stderr, when it replaces openapi.json', async ({
    expect,
  }) => {
    const { root, target } = await scratch.root();

    const result = await runSpecPull(['--root', root, '--from', `${server.baseUrl}/added.json`]);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(withAddedOperation);
    expect((await stat(target)).mode & 0o777).toBe(0o444);
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8');
    expect(result.stdout).toBe(`${report}\nreport written to spec-changes.md\n`);
  });

  it('exits 1 with one `error:` line on stderr when the change breaks clients', async ({ expect }) => {
    const { root, target, original } = await scratch.root();
    const from = `${server.baseUrl}/removed.json`;

    const result = await runSpecPull(['--root', root, '--from', from, '--report', 'out/changes.md']);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `error: openapi.json: 1 breaking change for clients in ${from}; openapi.json left unchanged. ` +
        'Review out/changes.md, then re-run with --accept-breaking to take them.\n',
    );
    expect((await readFile(target)).equals(original)).toBe(true);
  });

  it('ends by itself after --timeout with the connection still open, exit 1, one line, no stack trace', async ({
    expect,
  }) => {
    const { root, target, original } = await scratch.root();
    const from = `${server.baseUrl}/slow`;

    // The server never answers: a request or timer left behind would keep the process alive until the kill.
    const result = await runSpecPull(['--root', root, '--from', from, '--timeout', '300']);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: http:\/\/127\.0\.0\.1:\d+\/slow: no response within 300 ms/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
    expect((await readFile(target)).equals(original)).toBe(true);
  });
});
