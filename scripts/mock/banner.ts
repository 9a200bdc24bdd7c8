import type { MockOptions } from './options.ts';
import { RESET_PATH } from './session-server.ts';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;
const ANY_ADDRESS: Record<string, string> = { '0.0.0.0': '127.0.0.1', '::': '::1' };

/** The URL a client on this machine uses: wildcard addresses are reached through loopback. */
export function mockBaseUrl(host: string, port: number): string {
  const reachable = ANY_ADDRESS[host] ?? host;
  const hostPart = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `http://${hostPart}:${port}`;
}

/** What a frontend developer needs once the mock is up: where it is and how to point the client at it. */
export function readyBanner(options: MockOptions): string[] {
  const baseUrl = mockBaseUrl(options.host, options.port);
  const reachableHost = ANY_ADDRESS[options.host] ?? options.host;
  // The client refuses credentials over plain http to anything but loopback unless told the network is trusted.
  const insecure = LOOPBACK.test(reachableHost) ? '' : ', allowInsecureHttp: true';
  // Prism's dynamic mode ignores the examples: random envelope codes, which the official web SDK rejects.
  const data = options.dynamic
    ? `generated data${options.seed === undefined ? '' : `, seed ${options.seed}`} (random envelope codes: not for the official web SDK)`
    : 'the spec’s realistic examples (envelope code 1000, as the official web SDK expects)';
  const ttl =
    options.sessionTtl === undefined
      ? 'they expire after their max_session_duration'
      : `sessions expire ${options.sessionTtl} s after start`;
  return [
    `LiveAvatar mock API listening on ${baseUrl} answering with ${data}`,
    `Point the client at it: createLiveAvatarClient({ sessionToken: '…', baseUrl: '${baseUrl}'${insecure} })`,
    `Pick a response per call with { headers: { Prefer: 'code=422' } }. Ctrl-C stops the mock.`,
    `Sessions keep state (${ttl}); POST ${baseUrl}${RESET_PATH} forgets them all.`,
  ];
}
