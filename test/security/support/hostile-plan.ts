// What a generated hostile server does, as plain data (so fast-check can print and shrink it), and how a plan
// becomes text once the request it answers is known: echo segments repeat what the client just sent.

/** What the server can repeat back from the request it is answering. */
export type EchoSource = 'api-key' | 'authorization' | 'secret_value' | 'refresh_token' | 'raw-body' | 'url';

/** A piece of server-made text: literal, or an echo of the request. */
export type Segment = { literal: string } | { echo: EchoSource };

export type RetryAfterPlan =
  | { form: 'seconds'; value: string }
  | { form: 'http-date'; style: 'imf' | 'rfc850' | 'asctime'; offsetSeconds: number }
  | { form: 'garbage'; text: Segment[] };

export type LocationPlan =
  | {
      to:
        | 'same-origin-path'
        | 'same-origin-absolute'
        | 'other-host'
        | 'other-scheme'
        | 'other-port'
        | 'invalid';
    }
  | { to: 'other-host-with-echo' | 'echo-as-host'; echo: EchoSource };

export type BodyPlan =
  | { kind: 'envelope'; code: number; data: 'object' | 'null' | 'missing'; message: Segment[] }
  | { kind: 'problem'; title: Segment[]; input: Segment[] }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: Segment[] }
  | { kind: 'empty' };

export type DeliveryPlan =
  { kind: 'whole' } | { kind: 'slow'; pieces: number; gapMs: number } | { kind: 'reset'; afterBytes: number };

export interface ReplyPlan {
  kind: 'reply';
  /** Before the headers arrive. */
  delayMs: number;
  status: number;
  contentType: Segment[] | null;
  retryAfter: RetryAfterPlan | null;
  retryAfterMs: Segment[] | null;
  requestId: Segment[] | null;
  location: LocationPlan | null;
  /** A header the client has no reason to know, echoing the request (a cookie, a debug header). */
  echoHeader: Segment[] | null;
  body: BodyPlan;
  /** Cut the body text to this fraction of its length (a truncated document, still well framed). */
  truncateTo: number | null;
  delivery: DeliveryPlan;
}

export type AnswerPlan =
  | ReplyPlan
  /** fetch rejects, as on a refused or reset connection, after `delayMs`; the cause may quote the request. */
  | { kind: 'network-error'; delayMs: number; code: string; echo: EchoSource | null }
  /** Never answers: only the client's timeout or the caller's abort ends the attempt. */
  | { kind: 'hang' };

/** What the server received, for echoes. */
export interface ReceivedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

export function echoOf(source: EchoSource, request: ReceivedRequest): string {
  switch (source) {
    case 'api-key':
      return request.headers.get('x-guard-key') ?? '';
    case 'authorization':
      return request.headers.get('authorization') ?? '';
    case 'raw-body':
      return request.body ?? '';
    case 'url':
      return request.url;
    case 'secret_value':
    case 'refresh_token':
      return bodyField(request.body, source);
  }
}

function bodyField(body: string | undefined, field: string): string {
  try {
    const value = (JSON.parse(body ?? '') as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

export function render(segments: readonly Segment[], request: ReceivedRequest): string {
  return segments
    .map((segment) => ('literal' in segment ? segment.literal : echoOf(segment.echo, request)))
    .join('');
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (value: number) => String(value).padStart(2, '0');

/** The three HTTP-date forms of RFC 9110 §5.6.7. */
export function httpDate(epochMs: number, style: 'imf' | 'rfc850' | 'asctime'): string {
  const date = new Date(epochMs);
  if (style === 'imf') return date.toUTCString();
  const day = DAYS[date.getUTCDay()] ?? '';
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  if (style === 'rfc850') {
    return `${day}, ${two(date.getUTCDate())}-${month}-${two(date.getUTCFullYear() % 100)} ${time} GMT`;
  }
  return `${day.slice(0, 3)} ${month} ${String(date.getUTCDate()).padStart(2, ' ')} ${time} ${date.getUTCFullYear()}`;
}

export function retryAfterValue(plan: RetryAfterPlan, request: ReceivedRequest): string {
  if (plan.form === 'seconds') return plan.value;
  if (plan.form === 'garbage') return render(plan.text, request);
  return httpDate(Date.now() + plan.offsetSeconds * 1000, plan.style);
}

export function locationValue(plan: LocationPlan, origin: string, request: ReceivedRequest): string {
  const url = new URL(origin);
  switch (plan.to) {
    case 'same-origin-path':
      return '/key-only?hop=1';
    case 'same-origin-absolute':
      return `${origin}/either?hop=2`;
    case 'other-host':
      return 'https://elsewhere.guard.test/collect';
    case 'other-scheme':
      return `http://${url.host}/key-only`;
    case 'other-port':
      return `${url.protocol}//${url.hostname}:8443/key-only`;
    case 'invalid':
      return 'http://[not-an-address/';
    case 'other-host-with-echo':
      return `https://elsewhere.guard.test/collect?stolen=${encodeURIComponent(echoOf(plan.echo, request))}`;
    case 'echo-as-host':
      return `https://${echoOf(plan.echo, request)}.elsewhere.guard.test/collect`;
  }
}

export function bodyText(plan: BodyPlan, request: ReceivedRequest): string {
  switch (plan.kind) {
    case 'envelope': {
      const envelope: Record<string, unknown> = { code: plan.code, message: render(plan.message, request) };
      if (plan.data !== 'missing') envelope.data = plan.data === 'null' ? null : { id: 'thing-1' };
      return JSON.stringify(envelope);
    }
    case 'problem':
      return JSON.stringify({
        title: render(plan.title, request),
        detail: [
          {
            loc: ['body', 'secret_value'],
            msg: 'rejected',
            type: 'value_error',
            input: render(plan.input, request),
          },
        ],
      });
    case 'json':
      return JSON.stringify(plan.value);
    case 'text':
      return render(plan.text, request);
    case 'empty':
      return '';
  }
}
