// fast-check generators for the hostile-server property: clients (API key, session token, token function, both),
// calls on the frozen Guard fixture, and the answers a hostile or broken server gives them.
import fc from 'fast-check';
import type {
  AnswerPlan,
  BodyPlan,
  DeliveryPlan,
  EchoSource,
  LocationPlan,
  ReplyPlan,
  RetryAfterPlan,
  Segment,
} from './hostile-plan.ts';

export type ClientKind = 'api-key' | 'session-token' | 'token-function' | 'both';

export interface ClientPlan {
  kind: ClientKind;
  apiKey: string;
  sessionToken: string;
  /** For the token function: whether it returns a promise. */
  asyncToken: boolean;
  /** A logger that throws on every line must not change the outcome. */
  throwingLogger: boolean;
}

export interface CallPlan {
  timeout: number;
  maxRetries: number;
  /** The caller aborts this long after the call starts, if set. */
  abortAfterMs: number | null;
  secretValue: string;
  /** The secret body field wraps the API key, so only longest-first redaction removes it whole. */
  wrapsApiKey: boolean;
  refreshToken: string;
}

export interface Scenario {
  client: ClientPlan;
  /** Index into the operations the client can call (taken modulo their count). */
  operation: number;
  call: CallPlan;
  answers: AnswerPlan[];
}

const ECHOES: EchoSource[] = ['api-key', 'authorization', 'secret_value', 'refresh_token', 'raw-body', 'url'];
const echo = fc.constantFrom(...ECHOES);
/**
 * Credentials that cannot occur by chance in template text: a prefix, then 12+ letters and digits; sometimes
 * lower case only, so one echoed into a host name survives URL parsing unchanged.
 */
const credential = (prefix: string) =>
  fc
    .oneof(fc.stringMatching(/^[A-Za-z0-9]{12,24}$/), fc.stringMatching(/^[a-z0-9]{12,24}$/))
    .map((tail) => `${prefix}${tail}`);
const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 24 });

/** Header-safe text: printable ASCII and echoes of the request. */
const segments: fc.Arbitrary<Segment[]> = fc.array(
  fc.oneof(
    printable.map((literal): Segment => ({ literal })),
    echo.map((source): Segment => ({ echo: source })),
  ),
  { maxLength: 4 },
);

const clientPlan: fc.Arbitrary<ClientPlan> = fc.record({
  kind: fc.constantFrom<ClientKind>('api-key', 'session-token', 'token-function', 'both'),
  apiKey: credential('pk-'),
  sessionToken: credential('tk-'),
  asyncToken: fc.boolean(),
  throwingLogger: fc.boolean(),
});

const callPlan: fc.Arbitrary<CallPlan> = fc.record({
  timeout: fc.integer({ min: 1, max: 30_000 }),
  maxRetries: fc.integer({ min: 0, max: 3 }),
  abortAfterMs: fc.option(fc.integer({ min: 0, max: 60_000 }), { freq: 4 }),
  secretValue: credential('sv-'),
  wrapsApiKey: fc.boolean(),
  refreshToken: credential('rt-'),
});

const retryAfter: fc.Arbitrary<RetryAfterPlan> = fc.oneof(
  fc
    .oneof(
      fc.integer({ min: 0, max: 200 }).map(String),
      fc.constantFrom('0.5', '1.25', '59.999', '60', '61', '-5', '1e3', ' 3 ', '+7', '0x10', '99999999999'),
    )
    .map((value): RetryAfterPlan => ({ form: 'seconds', value })),
  fc
    .record({
      style: fc.constantFrom('imf', 'rfc850', 'asctime'),
      offsetSeconds: fc.integer({ min: -120, max: 200 }),
    })
    .map((date): RetryAfterPlan => ({ form: 'http-date', ...date })),
  segments.map((text): RetryAfterPlan => ({ form: 'garbage', text })),
);

const retryAfterMs: fc.Arbitrary<Segment[]> = fc.oneof(
  fc.integer({ min: 0, max: 90_000 }).map((ms) => [{ literal: String(ms) }]),
  fc.constantFrom('-1', 'NaN', 'Infinity', '1e4', '', '  ', '12abc').map((literal) => [{ literal }]),
  segments,
);

const PLAIN_LOCATIONS = [
  'same-origin-path',
  'same-origin-absolute',
  'other-host',
  'other-scheme',
  'other-port',
  'invalid',
] as const;

const location: fc.Arbitrary<LocationPlan> = fc.oneof(
  fc.constantFrom(...PLAIN_LOCATIONS).map((to): LocationPlan => ({ to })),
  fc
    .record({ to: fc.constantFrom('other-host-with-echo', 'echo-as-host'), echo })
    .map(({ to, echo: source }): LocationPlan => ({ to, echo: source })),
);

const contentType: fc.Arbitrary<Segment[]> = fc.oneof(
  fc
    .constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/problem+json',
      'text/plain',
      'text/html',
      'application/octet-stream',
    )
    .map((literal) => [{ literal }]),
  segments.map((rest) => [{ literal: 'application/json; ' }, ...rest]),
  segments,
);

const body: fc.Arbitrary<BodyPlan> = fc.oneof(
  fc.record({
    kind: fc.constant('envelope' as const),
    code: fc.constantFrom(100, 1000, 400, 500, 0),
    data: fc.constantFrom<'object' | 'null' | 'missing'>('object', 'null', 'missing'),
    message: segments,
  }),
  fc.record({ kind: fc.constant('problem' as const), title: segments, input: segments }),
  fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('text' as const), text: segments }),
  fc.constant({ kind: 'empty' as const }),
);

const delivery: fc.Arbitrary<DeliveryPlan> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'whole' as const }) },
  fc.record({
    kind: fc.constant('slow' as const),
    pieces: fc.integer({ min: 2, max: 5 }),
    gapMs: fc.integer({ min: 0, max: 20_000 }),
  }),
  fc.record({ kind: fc.constant('reset' as const), afterBytes: fc.nat({ max: 40 }) }),
);

const STATUSES = [
  200, 201, 202, 204, 205, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 408, 409, 418, 422,
];
const status = fc.oneof(
  fc.constantFrom(...STATUSES, 429, 500, 502, 503, 504),
  fc.integer({ min: 200, max: 599 }),
);

const reply: fc.Arbitrary<ReplyPlan> = fc.record({
  kind: fc.constant('reply' as const),
  delayMs: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 40_000 })),
  status,
  contentType: fc.option(contentType, { freq: 5 }),
  retryAfter: fc.option(retryAfter, { freq: 2 }),
  retryAfterMs: fc.option(retryAfterMs, { freq: 4 }),
  requestId: fc.option(segments, { freq: 2 }),
  location: fc.option(location, { freq: 2 }),
  echoHeader: fc.option(segments, { freq: 2 }),
  body,
  truncateTo: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 }),
  delivery,
});

const answer: fc.Arbitrary<AnswerPlan> = fc.oneof(
  { weight: 8, arbitrary: reply },
  fc.record({
    kind: fc.constant('network-error' as const),
    delayMs: fc.integer({ min: 0, max: 40_000 }),
    code: fc.constantFrom('ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'ENOTFOUND', 'ETIMEDOUT'),
    echo: fc.option(echo),
  }),
  fc.constant({ kind: 'hang' as const }),
);

export const scenario: fc.Arbitrary<Scenario> = fc.record({
  client: clientPlan,
  operation: fc.nat(),
  call: callPlan,
  answers: fc.array(answer, { minLength: 1, maxLength: 5 }),
});
