// npm run spec:check-live -- --allow-writes, in-process. Against a recording server for the frozen fixture's spec
// (which hands out its own ids on create): no write without the flag; with it, writes only on ids the check
// created, create → read → update → delete for each, every created id deleted even when a step fails, and the key
// echoed back never shown. Against Prism serving today's fixed spec: clean, with every write accounted for
// (expectations derived from the generated metadata).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { specCheckLive } from '../../scripts/spec-check-live.ts';
import { liveOperations } from '../support/live-metadata.ts';
import { startRecordingServer } from './recording-server.ts';
import type { RecordedRequest, RecordingServer, RecordingServerOptions } from './recording-server.ts';

const FROZEN_ROOT = 'test/fixtures/liveavatar-2026-11';
const FROZEN_SPEC = path.join(FROZEN_ROOT, 'generated/openapi.fixed.json');
const API_KEY = 'la-allow-writes-key-0123456789-SECRET';
/** Where in a resource's life each method comes: create → read → update → delete. */
const LIFE_ORDER: Record<string, number> = { POST: 0, GET: 1, PATCH: 2, PUT: 2, DELETE: 3 };

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'allow-writes-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function runCheck(baseUrl: string, extra: string[], signal?: AbortSignal) {
  const report = path.join(directory, `report-${Math.random().toString(36).slice(2)}.md`);
  const printed: string[] = [];
  const code = await specCheckLive({
    args: ['--base-url', baseUrl, '--report', report, ...extra],
    env: { LIVEAVATAR_API_KEY: API_KEY },
    print: (line) => void printed.push(line),
    ...(signal === undefined ? {} : { signal }),
  });
  const written = await readFile(report, 'utf8').catch(() => undefined);
  return { code, printed: printed.join('\n'), written: written ?? '' };
}

const isWrite = (request: RecordedRequest) => request.method !== 'GET';
const onCreated = (server: RecordingServer, id: string) =>
  server.requests.filter((request) => request.id === id);

describe('against a recording server for the frozen spec', () => {
  let server: RecordingServer | undefined;
  const start = async (options?: RecordingServerOptions) =>
    (server = await startRecordingServer(FROZEN_SPEC, options));
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends no write at all without --allow-writes', async () => {
    const recording = await start();
    const { code, written } = await runCheck(recording.url, ['--root', FROZEN_ROOT]);
    expect(code).toBe(0);
    expect(recording.requests.length).toBeGreaterThan(0);
    expect(recording.requests.filter(isWrite)).toEqual([]);
    expect(written).toContain('Writes: none sent');
  });

  it('with it, writes only on the ids it created, in life order, and deletes each one', async () => {
    const recording = await start();
    const { code, written } = await runCheck(recording.url, ['--root', FROZEN_ROOT, '--allow-writes']);
    expect(written).toContain('Result: clean');
    expect(code).toBe(0);
    expect(recording.created.length).toBeGreaterThan(0);
    const onItems = recording.requests.filter((request) => isWrite(request) && request.id !== undefined);
    expect(onItems.length).toBeGreaterThan(0);
    for (const request of onItems) expect(recording.created, request.path).toContain(request.id);
    for (const id of recording.created) {
      const life = onCreated(recording, id).map((request) => LIFE_ORDER[request.method] ?? -1);
      expect(life, id).toEqual([...life].sort());
      expect(
        life.filter((step) => step === LIFE_ORDER.DELETE),
        id,
      ).toHaveLength(1);
      expect(life.at(-1), id).toBe(LIFE_ORDER.DELETE);
    }
    // The reads before the writes answered the spec's example ids; none of them is ever written to.
    const listed = recording.requests.filter((request) => !isWrite(request) && request.id !== undefined);
    const foreign = listed.filter((request) => !recording.created.includes(request.id ?? ''));
    expect(foreign.length).toBeGreaterThan(0);
    for (const { id } of foreign) expect(onItems.map((request) => request.id)).not.toContain(id);
  });

  it('deletes what it created when a later step fails, and then stops (exit 2, one line)', async () => {
    let failed: RecordedRequest | undefined;
    const recording = await start({
      override: (request) => {
        if (failed !== undefined || request.method === 'POST' || request.id === undefined) return undefined;
        if (!isWrite(request) || request.method === 'DELETE') return undefined;
        failed = request;
        return 'destroy';
      },
    });
    const { code, printed } = await runCheck(recording.url, ['--root', FROZEN_ROOT, '--allow-writes']);
    expect(failed, 'the frozen spec has an update on a resource the check creates').toBeDefined();
    expect(code).toBe(2);
    expect(printed.split('\n')).toHaveLength(1);
    expect(printed).toMatch(/^error: cannot reach /);
    const deletes = recording.requests.filter((request) => request.method === 'DELETE');
    expect(deletes.map((request) => request.id)).toContain(failed?.id);
    expect(recording.created.every((id) => deletes.some((request) => request.id === id))).toBe(true);
    // Nothing is created after the failure.
    const failedAt = recording.requests.indexOf(failed as RecordedRequest);
    expect(recording.requests.slice(failedAt).filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('on Ctrl-C starts no new call, yet deletes what it created (exit 2)', async () => {
    const interrupt = new AbortController();
    let interruptedAt = -1;
    const recording = await start({
      override: (request, index) => {
        if (interruptedAt < 0 && request.method === 'GET' && recording.created.includes(request.id ?? '')) {
          interruptedAt = index;
          interrupt.abort();
        }
        return undefined;
      },
    });
    const { code, printed } = await runCheck(
      recording.url,
      ['--root', FROZEN_ROOT, '--allow-writes'],
      interrupt.signal,
    );
    expect(interruptedAt, 'the frozen spec has a read of a resource the check creates').toBeGreaterThan(0);
    expect(code).toBe(2);
    expect(printed).toMatch(/^error: interrupted before /);
    const after = recording.requests.slice(interruptedAt + 1);
    expect(after.map((request) => request.method)).toEqual(['DELETE']);
    expect(after[0]?.id).toBe(recording.requests[interruptedAt]?.id);
    expect(
      recording.created.every((id) => recording.requests.some((r) => r.method === 'DELETE' && r.id === id)),
    ).toBe(true);
  });

  it('lists what it could not delete as left behind, and fails (exit 1)', async () => {
    const recording = await start({
      override: (request) =>
        request.method === 'DELETE' && recording.created[0] === request.id
          ? { status: 404, body: { code: 4004, data: null, message: 'gone' } }
          : undefined,
    });
    const { code, written } = await runCheck(recording.url, ['--root', FROZEN_ROOT, '--allow-writes']);
    expect(code).toBe(1);
    expect(written).toMatch(/## Left behind \(1\)/);
    expect(written).toContain(`${recording.created[0] ?? '?'}, and \`DELETE `);
    expect(written).toContain('answered HTTP 404');
  });

  it('never shows the key echoed back in what a create answers', async () => {
    const recording = await start({
      echo: { echoed_key: API_KEY, name: API_KEY, api_key: API_KEY, note: `key=${API_KEY}` },
    });
    const { written, printed } = await runCheck(recording.url, ['--root', FROZEN_ROOT, '--allow-writes']);
    expect(recording.created.length).toBeGreaterThan(0);
    expect(written).toContain('on a resource this check created');
    expect(written).not.toContain(API_KEY);
    expect(printed).not.toContain(API_KEY);
  });

  it('--only narrows the calls; an unknown operation is a usage error', async () => {
    const recording = await start();
    const unknown = await runCheck(recording.url, ['--root', FROZEN_ROOT, '--only', 'no_such_operation']);
    expect(unknown.code).toBe(2);
    expect(unknown.printed).toBe('error: --only: no such operation: no_such_operation');
    expect(recording.requests).toEqual([]);
  });
});

it('--help describes --allow-writes and --only, and calls nothing', async () => {
  const { code, printed } = await runCheck('http://127.0.0.1:1', ['--help']);
  expect(code).toBe(0);
  expect(printed).toMatch(/^usage: npm run spec:check-live/);
  expect(printed).toContain('--allow-writes');
  expect(printed).toContain('Without this flag no write is ever sent.');
  expect(printed).toContain('--only <ids>');
});

describe('against Prism serving the fixed spec, with --allow-writes', () => {
  it('is clean (exit 0), and every write is either sent on its own resource or listed with a reason', async () => {
    const { code, written } = await runCheck(inject('prismUrl'), ['--allow-writes']);
    expect(written).toContain('Result: clean');
    expect(code).toBe(0);
    // A create is a POST on a parameter-free path with a DELETE on the path plus one parameter.
    const deletable = (collection: string) =>
      !collection.includes('{') &&
      liveOperations.some(
        (other) =>
          other.method === 'DELETE' &&
          other.path.startsWith(`${collection}/`) &&
          /^\{[^}/]+\}$/.test(other.path.slice(collection.length + 1)),
      );
    const creates = liveOperations.filter(
      (operation) => operation.method === 'POST' && deletable(operation.path),
    );
    for (const create of creates) {
      expect(written).toMatch(
        new RegExp(`- \`${create.key}\` \\(HTTP 2\\d\\d, on a resource this check created\\)`),
      );
    }
    for (const operation of liveOperations.filter((candidate) => candidate.method !== 'GET')) {
      const lines = written.split('\n').filter((text) => text.startsWith(`- \`${operation.key}\``));
      expect(lines.length, operation.key).toBeGreaterThan(0);
      for (const line of lines) expect(line, operation.key).toMatch(/on a resource this check created|: /);
    }
    expect(written).not.toContain('## Left behind');
  });
});
