import { createServer } from 'node:net';

/** Why the mock cannot listen where it was asked to: the message is the whole story, one line. */
export class PortUnavailableError extends Error {
  override readonly name = 'PortUnavailableError';
}

const HOW_TO_CHOOSE = 'choose another with --port <n> (npm run mock -- --port 4011) or PORT=<n>';

/**
 * Binds host:port for a moment and lets go, so a taken port is reported in plain words before Prism starts
 * (Prism itself would print a stack trace).
 */
export async function assertPortAvailable(host: string, port: number): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port, exclusive: true }, resolve);
    });
  } catch (error) {
    throw new PortUnavailableError(describeListenError(error, host, port));
  }
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
}

function describeListenError(error: unknown, host: string, port: number): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
  switch (code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use (another mock still running?); ${HOW_TO_CHOOSE}`;
    case 'EACCES':
      return `not allowed to listen on port ${port} (ports below 1024 need root); ${HOW_TO_CHOOSE}`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on host ${host}: not an address of this machine; use --host 127.0.0.1 or HOST=<address>`;
    default:
      return `cannot listen on ${host}:${port} (${code}); ${HOW_TO_CHOOSE}`;
  }
}
