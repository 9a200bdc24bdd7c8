// Plain JavaScript, so no loader (tsx) slows the imports it measures. One fresh process: import msw/node (what
// any MSW test pays), then the built liveavatar-client/msw, and set up its handlers, as a test file's first lines
// do. Prints wall and CPU milliseconds of both parts as JSON.
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { URL } from 'node:url';

const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
let cpu = process.cpuUsage();
let start = performance.now();
const { setupServer } = await import('msw/node');
const msw = { wallMs: performance.now() - start, cpuMs: cpuMs(cpu) };
cpu = process.cpuUsage();
start = performance.now();
const { handlers } = await import(new URL('../dist/msw.js', import.meta.url).href);
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
const kit = { wallMs: performance.now() - start, cpuMs: cpuMs(cpu) };
server.close();
process.stdout.write(JSON.stringify({ msw, kit, handlers: handlers.length }));
