// Plain JavaScript, so no loader (tsx) slows the imports it measures. One fresh process does what a test file's
// first lines do, one step at a time, and prints each step's wall and CPU milliseconds as JSON:
//   nodeStart        Node's own start-up, until this file's first line (performance.now() counts from it);
//   mswNode          import 'msw/node' (what any MSW test in Node pays, whatever its handlers);
//   graphql          import 'graphql' (the copy msw resolves): msw's main entry imports it for its GraphQL handlers;
//   mswMain          the rest of import 'msw', its main entry: liveavatar-client/msw and openapi-msw load it, as
//                    does any test that imports `http` or `HttpResponse` from 'msw';
//   openapiMsw       import 'openapi-msw' (the typed `http`);
//   kitImport        import the built liveavatar-client/msw: our code, its generated data, the handlers it builds;
//   setup            setupServer(...handlers).listen().
// Imports are cached, so each step pays only for what the earlier ones did not load: the steps from mswMain on
// add up to what `import 'liveavatar-client/msw'` + setup costs a process that has msw/node.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL, URL } from 'node:url';

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const steps = { nodeStart: { wallMs: performance.now(), cpuMs: cpuMs() } };
let wall = performance.now();
let cpu = cpuMs();
const lap = (name) => {
  const [nowWall, nowCpu] = [performance.now(), cpuMs()];
  steps[name] = { wallMs: nowWall - wall, cpuMs: nowCpu - cpu };
  [wall, cpu] = [nowWall, nowCpu];
};

const { setupServer } = await import('msw/node');
lap('mswNode');
const graphqlOfMsw = createRequire(import.meta.resolve('msw')).resolve('graphql');
await import(pathToFileURL(graphqlOfMsw).href);
lap('graphql');
await import('msw');
lap('mswMain');
await import('openapi-msw');
lap('openapiMsw');
const { handlers } = await import(new URL('../dist/msw.js', import.meta.url).href);
lap('kitImport');
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
lap('setup');
server.close();
process.stdout.write(JSON.stringify({ steps, handlers: handlers.length }));
