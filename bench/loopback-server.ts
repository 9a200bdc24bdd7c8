// The loopback benchmark's server, run as its own process: answers POST /v1/secrets with the envelope.
// It reports its port over IPC and exits as soon as its parent goes away, so it can never be left behind.
import { createServer } from 'node:http';
import { CREATE_SECRET_ENVELOPE, OPERATION_PATH } from './fixtures.ts';

const body = JSON.stringify(CREATE_SECRET_ENVELOPE);

const server = createServer((request, response) => {
  // Drain the request body before answering, as a real server would.
  request.resume();
  request.on('end', () => {
    if (request.method === 'POST' && request.url === OPERATION_PATH) {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-request-id': 'bench-request',
      });
      response.end(body);
    } else {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"code":404,"data":null,"message":"Not Found"}');
    }
  });
});
server.keepAliveTimeout = 60_000;

if (process.send === undefined)
  throw new Error('start this through loopback.ts: it reports its port over IPC');
process.on('disconnect', () => {
  process.exit(0);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  process.send?.({ port: address.port });
});
