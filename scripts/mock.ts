/**
 * `npm run mock`: a mock of the LiveAvatar API for frontend work, on 127.0.0.1:4010 unless told otherwise. Prism
 * answers on a private loopback port; in front of it, on the public one, a thin server keeps session state
 * (scripts/mock/session-server.ts), which also serves the reference page at /docs and the fixed spec at
 * /openapi.json (scripts/mock/docs-routes.ts). Prism runs in its own process group so that stopping this script (Ctrl-C,
 * SIGTERM) takes all of it down.
 *
 * Usage: npm run mock -- [--port <n>] [--host <address>] [--dynamic] [--seed <value>] [--session-ttl <seconds>]
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { mockBaseUrl, readyBanner } from './mock/banner.ts';
import { createDocsRoutes } from './mock/docs-routes.ts';
import { parseMockOptions, USAGE, UsageError } from './mock/options.ts';
import { watchParent } from './mock/parent-watch.ts';
import type { MockOptions } from './mock/options.ts';
import { assertPortAvailable, PortUnavailableError } from './mock/port-check.ts';
import { createSessionServer } from './mock/session-server.ts';
import { mockLocations } from './mock/locations.ts';
import { LifecycleRouteError } from '../src/mock/lifecycle-routes.ts';

// The same code runs as `npm run mock` here and as the package's `liveavatar-mock` bin (scripts/mock/locations.ts).
const { root: projectRoot, specPath: SPEC_PATH, prismCli } = mockLocations(import.meta.url);
const READY_LINE = /Prism is listening on/;
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const PRISM_HOST = '127.0.0.1';

/** A free loopback port for Prism (the OS picks it). */
async function freeLoopbackPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, PRISM_HOST, resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no free loopback port');
  return address.port;
}

/** The session server for the fixed spec; a spec without the lifecycle operations stops the mock here. */
function sessionServer(options: MockOptions, prismPort: number): Server {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, unknown>;
  try {
    return createSessionServer({
      spec,
      prismUrl: `http://${PRISM_HOST}:${prismPort}`,
      ownRoutes: createDocsRoutes({
        page: referencePage,
        specFile: SPEC_PATH,
      }),
      ttlSeconds: options.sessionTtl,
      seed: options.seed === undefined ? undefined : seedNumber(options.seed),
    }).server;
  } catch (error) {
    if (error instanceof LifecycleRouteError)
      fail(`${error.message}; the spec changed: see README "Rehearsing a session"`, 1);
    throw error;
  }
}

/**
 * The reference page: in the repository, built on the first /docs request from the generator (it pulls in prettier
 * and the example generator; imported by a computed path so the bundled bin does not carry it); in the package,
 * the page `npm run build` wrote gzipped (dist/reference.html.gz: every backend install carries it).
 */
async function referencePage(): Promise<string> {
  const generator = join(projectRoot, 'scripts/docs.ts');
  if (!existsSync(generator))
    return gunzipSync(await readFile(join(projectRoot, 'dist/reference.html.gz'))).toString();
  const docs = (await import(pathToFileURL(generator).href)) as typeof import('./docs.ts');
  return docs.referencePageHtml(projectRoot);
}

/** `--seed` is any word; the session ids want a number: a stable hash of it (FNV-1a). */
function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (const character of seed) hash = Math.imul(hash ^ (character.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash;
}

function fail(message: string, exitCode: number): never {
  process.stderr.write(`mock: ${message}\n`);
  process.exit(exitCode);
}

/** Prism listens on loopback only, on a port of its own; the session server in front takes the public one. */
function prismArguments(options: MockOptions, prismPort: number): string[] {
  const args = ['mock', SPEC_PATH, '--host', PRISM_HOST, '--port', String(prismPort)];
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  return args;
}

/**
 * Copies Prism's output line by line and calls onReady once Prism says it is listening. Prism's private address
 * becomes the public one, so its route list shows URLs that work.
 */
function relayOutput(
  stream: Readable,
  target: Writable,
  onReady: () => void,
  addresses: [string, string],
): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw) => {
    const line = raw.replaceAll(...addresses);
    // Prism's own ready line names its private port; the banner names the one to use.
    if (READY_LINE.test(line)) onReady();
    else target.write(`${line}\n`);
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the whole group Prism leads, including anything it forked.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function main(): Promise<void> {
  let options: MockOptions;
  try {
    options = parseMockOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message} (npm run mock -- --help shows the options)`, 2);
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!existsSync(SPEC_PATH)) fail('generated/openapi.fixed.json is missing; run npm run generate first', 1);
  if (prismCli === undefined) {
    fail('@stoplight/prism-cli is not installed: npm i -D @stoplight/prism-cli@5.14.2 (an optional peer)', 1);
  }
  try {
    await assertPortAvailable(options.host, options.port);
  } catch (error) {
    if (error instanceof PortUnavailableError) fail(error.message, 1);
    throw error;
  }

  const prismPort = await freeLoopbackPort();
  const server = sessionServer(options, prismPort);
  const prism = spawn(process.execPath, [prismCli, ...prismArguments(options, prismPort)], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let ready = false;
  let stopping = false;
  let exitCodeAfterStop = 0;
  const startTimer = setTimeout(() => {
    process.stderr.write(`mock: Prism did not start within ${START_TIMEOUT_MS / 1000} s; stopping it\n`);
    exitCodeAfterStop = 1;
    stop();
  }, START_TIMEOUT_MS);
  const onReady = (): void => {
    if (ready) return;
    ready = true;
    clearTimeout(startTimer);
    server.once('error', (error: NodeJS.ErrnoException) => {
      process.stderr.write(
        `mock: cannot listen on ${options.host}:${options.port} (${error.code ?? error.message})\n`,
      );
      exitCodeAfterStop = 1;
      stop();
    });
    server.listen({ host: options.host, port: options.port }, () => {
      process.stdout.write(`\n${readyBanner(options).join('\n')}\n\n`);
    });
  };
  const addresses: [string, string] = [
    `http://${PRISM_HOST}:${prismPort}`,
    mockBaseUrl(options.host, options.port),
  ];
  relayOutput(prism.stdout, process.stdout, onReady, addresses);
  relayOutput(prism.stderr, process.stderr, onReady, addresses);

  function stop(): void {
    if (stopping) {
      // A second Ctrl-C: no more waiting.
      signalGroup(prism, 'SIGKILL');
      return;
    }
    stopping = true;
    server.closeAllConnections();
    server.close();
    signalGroup(prism, 'SIGTERM');
    setTimeout(() => {
      signalGroup(prism, 'SIGKILL');
    }, STOP_GRACE_MS).unref();
  }

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, stop);
  }
  // Only under npm: someone who starts the script in the background on purpose keeps it when the shell exits.
  if (process.env.npm_lifecycle_event === 'mock') watchParent(stop);
  // A terminal or npm that went away must not turn log lines into a crash.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  // Last resort if this script dies of an exception: never leave Prism behind.
  process.on('exit', () => {
    signalGroup(prism, 'SIGKILL');
  });

  prism.on('error', (error) => {
    fail(`could not start Prism (${error.message}); is @stoplight/prism-cli installed (npm ci)?`, 1);
  });
  prism.on('exit', (code, signal) => {
    clearTimeout(startTimer);
    if (stopping) {
      process.stdout.write('mock: stopped\n');
      process.exit(exitCodeAfterStop);
    }
    fail(
      `Prism exited unexpectedly (${signal ?? `exit code ${String(code)}`})`,
      code === null || code === 0 ? 1 : code,
    );
  });
}

await main();
