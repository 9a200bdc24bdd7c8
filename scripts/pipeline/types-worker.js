// Runs openapi-typescript in a worker thread. Importing it (and TypeScript) takes about as long as the whole
// rest of the pipeline, so the worker starts loading first while the main thread lints (2 cores).
// Plain JavaScript: Node 20 does not apply tsx's --import hooks to a worker's entry module.
import { parentPort } from 'node:worker_threads';
import openapiTS, { astToString } from 'openapi-typescript';

parentPort?.on('message', (spec) => {
  // defaultNonNullable off: a schema default makes a field optional for the caller (the server fills it).
  openapiTS(spec, { silent: true, defaultNonNullable: false }).then(
    (ast) => parentPort?.postMessage({ ok: true, text: astToString(ast) }),
    (error) =>
      parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
