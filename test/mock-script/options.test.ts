import { describe, expect, it } from 'vitest';
import { mockBaseUrl, readyBanner } from '../../scripts/mock/banner.ts';
import { DEFAULT_HOST, DEFAULT_PORT, parseMockOptions, UsageError } from '../../scripts/mock/options.ts';

describe('mock options: flags, PORT/HOST and defaults', () => {
  it('defaults to 127.0.0.1:4010 with static examples', () => {
    expect(parseMockOptions([], {})).toEqual({
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
      dynamic: false,
      seed: undefined,
      sessionTtl: undefined,
      help: false,
    });
    expect([DEFAULT_HOST, DEFAULT_PORT]).toEqual(['127.0.0.1', 4010]);
  });

  it('takes PORT and HOST from the environment', () => {
    expect(parseMockOptions([], { PORT: '5123', HOST: '0.0.0.0' })).toMatchObject({
      host: '0.0.0.0',
      port: 5123,
    });
  });

  it('lets flags win over PORT and HOST', () => {
    const env = { PORT: '5123', HOST: '0.0.0.0' };
    expect(parseMockOptions(['--port', '6001', '--host', '127.0.0.2'], env)).toMatchObject({
      host: '127.0.0.2',
      port: 6001,
    });
    expect(parseMockOptions(['--port=6002'], env)).toMatchObject({ host: '0.0.0.0', port: 6002 });
  });

  it('ignores an empty PORT or HOST', () => {
    expect(parseMockOptions([], { PORT: '', HOST: ' ' })).toMatchObject({
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
    });
  });

  it('switches to generated data with --dynamic, and --seed implies it', () => {
    expect(parseMockOptions(['--dynamic'], {})).toMatchObject({ dynamic: true, seed: undefined });
    expect(parseMockOptions(['--seed', '42'], {})).toMatchObject({ dynamic: true, seed: '42' });
  });

  it.each([
    [['--port', 'abc'], {}, 'invalid --port "abc": expected a whole number from 1 to 65535'],
    [['--port', '0'], {}, 'invalid --port "0"'],
    [['--port', '65536'], {}, 'invalid --port "65536"'],
    [['--port', '80.5'], {}, 'invalid --port "80.5"'],
    [[], { PORT: 'http' }, 'invalid PORT "http"'],
    [['--host', 'two words'], {}, 'invalid --host "two words"'],
    [['--seed', ''], {}, 'invalid --seed ""'],
    [['--verbose'], {}, "Unknown option '--verbose'"],
    [['--port'], {}, 'argument missing'],
    [['extra'], {}, 'extra'],
  ])('rejects %j with env %j', (argv, env, message) => {
    expect(() => parseMockOptions(argv, env)).toThrow(UsageError);
    expect(() => parseMockOptions(argv, env)).toThrow(message);
  });

  it('does not look at PORT when --port is given', () => {
    expect(parseMockOptions(['--port', '7000'], { PORT: 'junk' })).toMatchObject({ port: 7000 });
  });
});

describe('mock ready banner', () => {
  it('reaches wildcard addresses through loopback and brackets IPv6', () => {
    expect(mockBaseUrl('127.0.0.1', 4010)).toBe('http://127.0.0.1:4010');
    expect(mockBaseUrl('0.0.0.0', 4010)).toBe('http://127.0.0.1:4010');
    expect(mockBaseUrl('::', 4010)).toBe('http://[::1]:4010');
    expect(mockBaseUrl('::1', 4011)).toBe('http://[::1]:4011');
  });

  it('shows a client line that points at the mock', () => {
    const lines = readyBanner({
      host: '127.0.0.1',
      port: 4010,
      dynamic: false,
      seed: undefined,
      sessionTtl: undefined,
      help: false,
    });
    expect(lines[0]).toContain('listening on http://127.0.0.1:4010');
    expect(lines[1]).toBe(
      "Point the client at it: createLiveAvatarClient({ sessionToken: '…', baseUrl: 'http://127.0.0.1:4010' })",
    );
  });

  it('adds allowInsecureHttp for a non-loopback host, which the client would otherwise refuse', () => {
    const lines = readyBanner({
      host: '192.0.2.10',
      port: 4010,
      dynamic: true,
      seed: '7',
      sessionTtl: undefined,
      help: false,
    });
    expect(lines[0]).toContain('generated data, seed 7');
    expect(lines[1]).toContain("baseUrl: 'http://192.0.2.10:4010', allowInsecureHttp: true");
  });

  it('takes --session-ttl in whole seconds and names a bad value', () => {
    expect(parseMockOptions(['--session-ttl', '30'], {})).toMatchObject({ sessionTtl: 30 });
    for (const bad of ['0', '-5', '1.5', 'soon', '']) {
      expect(() => parseMockOptions([`--session-ttl=${bad}`], {})).toThrow(
        new UsageError(
          `invalid --session-ttl ${JSON.stringify(bad)}: expected a whole number of seconds, at least 1`,
        ),
      );
    }
  });

  it('says how to reset the session state, and the TTL when one is set', () => {
    const lines = readyBanner({ ...parseMockOptions(['--session-ttl', '45'], {}) });
    expect(lines.join('\n')).toContain('POST http://127.0.0.1:4010/_mock/reset');
    expect(lines.join('\n')).toContain('sessions expire 45 s after start');
  });
});
