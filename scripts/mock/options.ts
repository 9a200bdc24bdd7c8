import { parseArgs } from 'node:util';

/** What `npm run mock` was asked for, after flags, environment and defaults are merged. */
export interface MockOptions {
  host: string;
  port: number;
  /** Prism's random (json-schema-faker) data instead of the spec's generated examples. */
  dynamic: boolean;
  /** Seed for generated data, so two runs answer the same; implies `dynamic`. */
  seed: string | undefined;
  /** Seconds after start at which sessions expire; undefined: each session's `max_session_duration`. */
  sessionTtl: number | undefined;
  help: boolean;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4010;

/** A mistake in the command line or environment: reported as one line, without a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: npm run mock -- [--port <n>] [--host <address>] [--dynamic] [--seed <value>]
                     [--session-ttl <seconds>]

Starts a mock of the LiveAvatar API (generated/openapi.fixed.json): Prism, with session state in front.

  --port <n>        port to listen on (default ${DEFAULT_PORT}; env PORT)
  --host <address>  address to listen on (default ${DEFAULT_HOST}; env HOST)
  --dynamic         answer with Prism's random data instead of the spec's examples
  --seed <value>    make generated data reproducible (implies --dynamic)
  --session-ttl <seconds>
                    sessions expire this long after start (default: their max_session_duration)
  --help            show this text

Flags win over PORT/HOST. Ctrl-C stops the mock.`;

/** Merges flags (which win), PORT/HOST from the environment and the defaults, rejecting anything invalid. */
export function parseMockOptions(argv: readonly string[], env: NodeJS.ProcessEnv): MockOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string', short: 'h' },
        dynamic: { type: 'boolean', short: 'd', default: false },
        seed: { type: 'string' },
        'session-ttl': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    // parseArgs explains unknown flags and missing values well; keep its words, drop its stack.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  const port =
    values.port !== undefined
      ? parsePort(values.port, '--port')
      : nonEmpty(env.PORT) !== undefined
        ? parsePort(env.PORT ?? '', 'PORT')
        : DEFAULT_PORT;
  const host =
    values.host !== undefined ? parseHost(values.host, '--host') : (nonEmpty(env.HOST) ?? DEFAULT_HOST);
  if (values.seed !== undefined && !/^\S+$/.test(values.seed)) {
    throw new UsageError(
      `invalid --seed ${JSON.stringify(values.seed)}: expected a non-empty value without spaces`,
    );
  }
  return {
    host,
    port,
    dynamic: values.dynamic || values.seed !== undefined,
    seed: values.seed,
    sessionTtl: values['session-ttl'] === undefined ? undefined : parseTtl(values['session-ttl']),
    help: values.help,
  };
}

function parsePort(raw: string, source: string): number {
  const port = /^\d{1,5}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new UsageError(`invalid ${source} ${JSON.stringify(raw)}: expected a whole number from 1 to 65535`);
  }
  return port;
}

function parseTtl(raw: string): number {
  const seconds = /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!(seconds >= 1)) {
    throw new UsageError(
      `invalid --session-ttl ${JSON.stringify(raw)}: expected a whole number of seconds, at least 1`,
    );
  }
  return seconds;
}

function parseHost(raw: string, source: string): string {
  if (!/^\S+$/.test(raw)) {
    throw new UsageError(`invalid ${source} ${JSON.stringify(raw)}: expected an address such as 127.0.0.1`);
  }
  return raw;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
