/**
 * `node --import tsx scripts/success-path.ts`: which src/ files one successful call runs code in (README,
 * "Layout"), measured with V8's precise coverage: a client for the frozen Guard fixture (test/fixtures/security-api)
 * and an in-memory fetch, one call to warm up (credentials cached, as for any later call), then coverage around a
 * second call. Lists each file with the functions that ran (`__name` is tsx's, not the project's).
 */
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultServerUrl, operationTable } from '../test/fixtures/security-api/generated/client-metadata.ts';
import type { paths } from '../test/fixtures/security-api/generated/schema.d.ts';
import { createApiClient } from '../src/index.ts';

const srcUrl = pathToFileURL(path.resolve('src')).href;
const answer = () => Response.json({ code: 1000, data: { id: 'thing-1' }, message: 'ok' });
const client = createApiClient<paths>(
  { operationTable, defaultServerUrl },
  { apiKey: 'success-path-key', fetch: () => Promise.resolve(answer()) },
);
await client.GET('/key-only');

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
await client.GET('/key-only');
const { result } = await session.post('Profiler.takePreciseCoverage');
await session.post('Profiler.stopPreciseCoverage');

const ran = new Map<string, string[]>();
for (const script of result) {
  if (!script.url.startsWith(srcUrl)) continue;
  const functions = script.functions.filter(
    (fn) =>
      fn.functionName !== '' && fn.functionName !== '__name' && fn.ranges.some((range) => range.count > 0),
  );
  if (functions.length > 0)
    ran.set(
      path.relative('.', new URL(script.url).pathname),
      functions.map((fn) => fn.functionName),
    );
}
for (const [file, functions] of ran) console.log(`${file}: ${[...new Set(functions)].join(', ')}`);
console.log(`\none successful call runs code in ${ran.size} files of src/`);
