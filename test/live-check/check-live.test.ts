// npm run spec:check-live, in-process: clean against Prism serving today's fixed spec (expectations derived from
// the generated metadata), and against a local server that answers off the frozen fixture's spec in scripted
// ways, where the report must name each drift with its operation and pointer, and never show the key.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { specCheckLive } from '../../scripts/spec-check-live.ts';
import { liveOperations } from '../support/live-metadata.ts';
import { startOffSpecServer } from './off-spec-server.ts';
import type { OffSpecServer, Script } from './off-spec-server.ts';

const FROZEN_ROOT = 'test/fixtures/liveavatar-2026-11';
const API_KEY = 'la-live-check-key-0123456789-SECRET';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'live-check-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function runCheck(baseUrl: string, extra: string[] = [], env = { LIVEAVATAR_API_KEY: API_KEY }) {
  const report = path.join(directory, `report-${Math.random().toString(36).slice(2)}.md`);
  const printed: string[] = [];
  const code = await specCheckLive({
    args: ['--base-url', baseUrl, '--report', report, ...extra],
    env,
    print: (line) => void printed.push(line),
  });
  const written = await readFile(report, 'utf8').catch(() => undefined);
  return { code, printed: printed.join('\n'), written };
}

describe('against Prism serving the fixed spec', () => {
  it('is clean (exit 0), calls only GET operations, and accounts for every operation', async () => {
    const { code, written, printed } = await runCheck(inject('prismUrl'));
    expect(printed).toContain('Result: clean');
    expect(code).toBe(0);
    for (const operation of liveOperations) {
      const line = written?.split('\n').find((text) => text.startsWith(`- \`${operation.key}\``));
      expect(line, operation.key).toBeDefined();
      if (operation.method !== 'GET') expect(line).toContain('never sent');
    }
  });
});

describe('against a server that answers off the frozen spec', () => {
  let server: OffSpecServer;
  const script: Script = {
    // A required field missing.
    '/v1/avatars/{avatar_id}': (example) => {
      delete (example as { data: Record<string, unknown> }).data.name;
      return { body: example };
    },
    // A type changed.
    '/v1/contexts/{context_id}': (example) => {
      (example as { data: Record<string, unknown> }).data.name = 42;
      return { body: example };
    },
    // The key echoed back where a number belongs, and as an undocumented field.
    '/v1/memory': (example) => {
      (example as { data: Record<string, unknown> }).data.count = API_KEY;
      return { body: example };
    },
    '/v1/users/credits': (example) => {
      (example as { data: Record<string, unknown> }).data.echoed_key = API_KEY;
      return { body: example };
    },
    // The envelope where the spec declares FastAPI's {detail: [...]}.
    '/v1/voices': {
      status: 422,
      body: { code: 4000, data: null, message: `Request validation errors ${API_KEY}` },
    },
    // A status the spec does not list.
    '/v1/languages': { status: 403, body: { code: 4003, data: null, message: 'Not authenticated' } },
    // Not JSON.
    '/v1/avatars/public': { contentType: 'text/html', body: '<html>maintenance</html>' },
  };

  beforeAll(async () => {
    server = await startOffSpecServer(path.join(FROZEN_ROOT, 'generated/openapi.fixed.json'), script);
  });
  afterAll(() => server.close());

  it('names each drift with operation and pointer, lists undocumented fields apart, and exits 1', async () => {
    const { code, written } = await runCheck(server.url, ['--root', FROZEN_ROOT]);
    expect(code).toBe(1);
    const section = (heading: string) =>
      written?.split(`### \`${heading}\``)[1]?.split('\n### ')[0]?.split('\n## ')[0] ?? '';
    expect(section('GET /v1/avatars/{avatar_id}')).toContain('`/data/name` **required**');
    expect(section('GET /v1/contexts/{context_id}')).toContain(
      '`/data/name` **type**: must be string; got number 42',
    );
    expect(section('GET /v1/memory')).toContain(
      '`/data/count` **type**: must be integer; got string "[REDACTED]"',
    );
    expect(section('GET /v1/voices')).toContain(
      '(the whole body) **shape**: must have the fields the spec declares; got only undocumented fields (code, data, message)',
    );
    expect(section('GET /v1/languages')).toContain(
      '(the whole body) **status**: a declared status (200); got HTTP 403',
    );
    expect(section('GET /v1/avatars/public')).toContain(
      '**json**: must be a JSON body; got a text/html body that is not JSON',
    );
    expect(written).toContain('## Undocumented fields');
    expect(written).toMatch(/- `GET \/v1\/users\/credits` \(HTTP 200\): `\/data\/echoed_key`/);
    expect(written).not.toContain('### `GET /v1/users/credits`');
    // Ids come from the lists' answers; with no successful list, the item operation is not called.
    expect(written).toContain('- `GET /v1/voices/{voice_id}`: `GET /v1/voices` gave no successful answer');
    expect(server.requests.filter((request) => !request.startsWith('GET '))).toEqual([]);
  });

  it('never shows the key, even echoed inside an off-spec body', async () => {
    const { written, printed } = await runCheck(server.url, ['--root', FROZEN_ROOT]);
    expect(written).not.toContain(API_KEY);
    expect(printed).not.toContain(API_KEY);
  });
});

describe('problems that stop the check (exit 2, one line)', () => {
  it('a 401 names the credential problem, not a drift report', async () => {
    const server = await startOffSpecServer(path.join(FROZEN_ROOT, 'generated/openapi.fixed.json'), {
      '/v1/avatars': { status: 401, body: { code: 4001, data: null, message: `bad key ${API_KEY}` } },
    });
    try {
      const { code, printed, written } = await runCheck(server.url, ['--root', FROZEN_ROOT]);
      expect(code).toBe(2);
      expect(printed).toMatch(
        /^error: the API key was refused: HTTP 401 on GET \/v1\/avatars; check LIVEAVATAR_API_KEY/,
      );
      expect(printed.split('\n')).toHaveLength(1);
      expect(printed).not.toContain(API_KEY);
      expect(written).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('a missing key, a bad URL and an unknown flag each say what is wrong', async () => {
    expect((await runCheck('http://127.0.0.1:1', [], {} as { LIVEAVATAR_API_KEY: string })).printed).toBe(
      'error: LIVEAVATAR_API_KEY is not set: the check calls operations that need the API key',
    );
    expect((await runCheck('ftp://example.test')).printed).toBe(
      'error: --base-url: expected an http(s) URL, got ftp:',
    );
    const unknown = await runCheck('http://127.0.0.1:1', ['--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.printed).toContain("Unknown option '--frobnicate'");
  });
});
