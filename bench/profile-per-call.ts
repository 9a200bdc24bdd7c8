// A focused loop for `node --cpu-prof`: one caller, mocked fetch, nothing else on the stack.
// Usage: node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/profile-per-call.ts [facade|openapi-fetch|raw fetch] [calls]
import { CALLER_NAMES, createCallers } from './callers.ts';
import type { CallerName } from './callers.ts';
import { mockEnvelopeFetch } from './mock-fetch.ts';

const name = (process.argv[2] ?? 'facade') as CallerName;
const calls = Number(process.argv[3] ?? 300_000);
if (!CALLER_NAMES.includes(name)) throw new Error(`caller must be one of ${CALLER_NAMES.join(', ')}`);
if (!(Number.isInteger(calls) && calls > 0)) throw new Error('calls must be a positive whole number');

const call = createCallers('https://api.test.local', mockEnvelopeFetch())[name];
const started = performance.now();
for (let index = 0; index < calls; index++) await call();
const seconds = (performance.now() - started) / 1000;
console.log(`${name}: ${calls} calls in ${seconds.toFixed(2)} s = ${Math.round(calls / seconds)} ops/s`);
