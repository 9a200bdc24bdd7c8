import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A scripted HTTP server on 127.0.0.1 for fault injection. Each request takes the next behaviour from a queue
 * (or the fallback once the queue is empty) and every request is recorded with its full body, so tests can
 * count attempts and check what was sent.
 */

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Whether the connection this request came on has closed since (live). */
  readonly connectionClosed: boolean;
}

interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type Behaviour =
  /** Answer, optionally after `delayMs` before the headers. */
  | ({ kind: 'reply'; delayMs?: number } & Answer)
  /** Send the headers and the first `bytesBeforeStall` bytes, wait `stallMs`, then the rest. */
  | ({ kind: 'stall-mid-body'; bytesBeforeStall: number; stallMs: number } & Answer)
  /** Send the headers and the first `bytesBeforeReset` bytes, then destroy the socket. */
  | ({ kind: 'reset-mid-body'; bytesBeforeReset: number } & Answer)
  /** Destroy the socket without writing a byte. */
  | { kind: 'close-without-answer' }
  /** Never answer; the socket stays open until the client gives up or the server closes. */
  | { kind: 'hang' };

export type ReplyBehaviour = Extract<Behaviour, { kind: 'reply' }>;

export const reply = (
  status: number,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): ReplyBehaviour => ({
  kind: 'reply',
  status,
  body,
  headers,
});

export const jsonReply = (
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): ReplyBehaviour => reply(status, JSON.stringify(value), { 'content-type': 'application/json', ...headers });

/** The LiveAvatar success envelope. */
export const envelope = (data: unknown): ReplyBehaviour =>
  jsonReply(200, { code: 1000, data, message: 'Success' });

/** A fixed behaviour, or one chosen per request (e.g. to echo part of the URL). */
export type BehaviourSource = Behaviour | ((request: RecordedRequest) => Behaviour);

export interface FaultServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly origin: string;
  readonly requests: readonly RecordedRequest[];
  /** Queues behaviours for the next requests, in order. */
  script(...behaviours: Behaviour[]): void;
  /** What every request gets once the queue is empty (default: 418 "unscripted", which no client retries). */
  otherwise(behaviour: BehaviourSource): void;
  /** Sockets currently open to the server. */
  openConnections(): number;
  /** Clears the queue, the fallback and the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

const UNSCRIPTED = reply(418, 'unscripted request', { 'content-type': 'text/plain' });

export async function startFaultServer(): Promise<FaultServer> {
  const queue: Behaviour[] = [];
  let fallback: BehaviourSource = UNSCRIPTED;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const socket = request.socket;
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
        get connectionClosed() {
          return socket.destroyed;
        },
      };
      requests.push(recorded);
      const next = queue.shift() ?? (typeof fallback === 'function' ? fallback(recorded) : fallback);
      perform(next, request, response, later);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Clients that reset the connection are part of the script; their socket errors are expected.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    origin,
    requests,
    script: (...behaviours) => queue.push(...behaviours),
    otherwise: (behaviour) => {
      fallback = behaviour;
    },
    openConnections: () => sockets.size,
    reset: () => {
      queue.length = 0;
      fallback = UNSCRIPTED;
      requests.length = 0;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    },
  };
}

function perform(
  behaviour: Behaviour,
  request: IncomingMessage,
  response: ServerResponse,
  later: (ms: number, run: () => void) => void,
): void {
  const socket = request.socket;
  switch (behaviour.kind) {
    case 'hang':
      return;
    case 'close-without-answer':
      socket.destroy();
      return;
    case 'reply': {
      const send = () => {
        if (socket.destroyed) return;
        writeHead(response, behaviour);
        response.end(bodyOf(behaviour));
      };
      if (behaviour.delayMs) later(behaviour.delayMs, send);
      else send();
      return;
    }
    case 'stall-mid-body': {
      const body = bodyOf(behaviour);
      writeHead(response, behaviour);
      response.write(body.subarray(0, behaviour.bytesBeforeStall));
      later(behaviour.stallMs, () => {
        if (!socket.destroyed) response.end(body.subarray(behaviour.bytesBeforeStall));
      });
      return;
    }
    case 'reset-mid-body': {
      const body = bodyOf(behaviour);
      writeHead(response, behaviour);
      // Flushed before the reset, so the client has the headers and part of the body when the socket dies.
      response.write(body.subarray(0, behaviour.bytesBeforeReset), () => socket.destroy());
      return;
    }
  }
}

function bodyOf(answer: Answer): Buffer {
  return Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body ?? '');
}

function writeHead(response: ServerResponse, answer: Answer): void {
  const headers = { ...answer.headers };
  // A declared length makes a cut-short body detectably incomplete, as a real proxy reset would be; a script
  // that asks for chunked encoding gets none.
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'transfer-encoding')) {
    headers['content-length'] = String(bodyOf(answer).length);
  }
  response.writeHead(answer.status ?? 200, headers);
}
