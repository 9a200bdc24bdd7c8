import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import type { ClientOptions, LogFields, Logger } from '../../../src/index.ts';
import { API_KEY } from './credentials.ts';
import { startFaultServer } from './fault-server.ts';
import type { FaultServer } from './fault-server.ts';
import { createFrozenClient } from '../../support/frozen-api.ts';
import type { FrozenClient } from '../../support/frozen-api.ts';

/** An empty `GET /v1/avatars` page, the data most tests answer with. */
export const EMPTY_AVATAR_PAGE = { count: 0, next: null, previous: null, results: [] };

/**
 * One fault server per test file, reset between tests and closed at the end. Every file that uses it also fails
 * a test on any unhandled rejection, and gets real timers back after each test (some fake them).
 */
export function useFaultServer(): { readonly current: FaultServer } {
  failOnUnhandledRejections();
  afterEach(() => {
    vi.useRealTimers();
  });
  let server: FaultServer | undefined;
  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterEach(() => {
    server?.reset();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get current(): FaultServer {
      if (!server) throw new Error('fault server not started yet');
      return server;
    },
  };
}

/** A LiveAvatar client with the test API key, pointed at the fault server. */
export function clientFor(server: FaultServer, options: ClientOptions = {}): FrozenClient {
  return createFrozenClient({ apiKey: API_KEY, baseUrl: server.url, ...options });
}

/**
 * Fails the test during which a promise rejection went unhandled. Vitest reports these too, but only for the
 * run as a whole; this pins the failure to the test that caused it.
 */
export function failOnUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on('unhandledRejection', record);
  });
  afterEach(async () => {
    // A rejection is reported as unhandled only after the microtask queue drains; give it one macrotask.
    await new Promise((resolve) => setImmediate(resolve));
    const seen = unhandled.splice(0);
    expect(seen, 'unhandled promise rejections').toEqual([]);
  });
  afterAll(() => {
    process.off('unhandledRejection', record);
  });
}

export { rejectionOf } from '../../support/rejection.ts';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: LogFields;
}

/** A logger that keeps every call, so tests can read what a client reported. */
export function recordingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, fields: LogFields): void => {
      lines.push({ level, message, fields });
    };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

/** A base URL where nothing listens: a port that was bound, noted and released, so connecting is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return `http://127.0.0.1:${port}`;
}
