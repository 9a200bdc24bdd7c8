/**
 * The mock's session state, written once and independent of HTTP: the HTTP mock (`npm run mock`) and MSW
 * handlers both call it. Token → pending session → start (same session id) → keep-alive → stop (or expiry) →
 * historic. Every answer is the `{code, data, message}` envelope; nothing here uses Node-only APIs, timers or the
 * network: expiry is read from the clock at each call, so a fake clock drives it in tests.
 */
import { ERROR_CODES, failure, success } from './answer.ts';
import type { MockAnswer } from './answer.ts';
import { createIdSource } from './seeded-ids.ts';
import { sessionEntry } from './session-entry.ts';
import type { SessionRecord } from './session-record.ts';
import { createSessionStore } from './session-store.ts';
import type { SessionStore } from './session-store.ts';

type Json = Record<string, unknown>;

export interface SessionTemplates {
  /** Example data of the token operation's answer (its other fields are kept as they are). */
  token: Json;
  /** Example data of the start operation's answer (LiveKit URL and tokens are kept as they are). */
  start: Json;
  /** Example data of one session entry (what `GET /v1/sessions/{id}` answers). */
  entry: Json;
}

export interface SessionModelOptions {
  templates: SessionTemplates;
  /** Seed of the ids and tokens: the same seed gives the same ids in the same order. Default 1. */
  seed?: number;
  /** Seconds after start at which every session expires; default: each session's `max_session_duration`. */
  ttlSeconds?: number;
  /** `max_session_duration` of a session whose token body had none. Default 1200 (20 minutes). */
  defaultMaxSessionDuration?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** `end_reason` of a stopped session whose stop body gave none. Default `'UNKNOWN'`. */
  defaultStopReason?: string;
  /** `end_reason` of a session whose time ran out. Default `'MAX_DURATION_REACHED'`. */
  expiredReason?: string;
  /** Path the list answers' `next`/`previous` links point at. Default `'/v1/sessions'`. */
  listPath?: string;
  /** HTTP status of each lifecycle answer. Defaults: token 200, start 201, the others 200. */
  statuses?: Partial<Record<'token' | 'start' | 'keepAlive' | 'stop' | 'get' | 'list', number>>;
}

/** How keep-alive and stop name the session: the bearer token alone, or `session_id` from the body. */
export interface SessionTarget {
  bearer?: string | undefined;
  sessionId?: string | undefined;
}

export interface TokenRequest {
  mode?: unknown;
  is_sandbox?: unknown;
  max_session_duration?: unknown;
}

export interface ListQuery {
  type?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface SessionModel {
  createToken(body: TokenRequest | undefined): MockAnswer<Json>;
  start(bearer: string): MockAnswer<Json | null>;
  keepAlive(target: SessionTarget): MockAnswer<null>;
  stop(target: SessionTarget & { reason?: string | undefined }): MockAnswer<null>;
  get(sessionId: string): MockAnswer<Json | null>;
  list(query: ListQuery): MockAnswer<Json | null>;
  /** Forgets every session and restarts the id sequence: the state of a freshly started mock. */
  reset(): void;
  /** Every session as it is now (expiry applied), oldest first: for tests and debugging. */
  sessions(): readonly Readonly<SessionRecord>[];
}

export function createSessionModel(options: SessionModelOptions): SessionModel {
  const settings = withDefaults(options);
  let store = createSessionStore(createIdSource(settings.seed), settings);
  const find = (target: SessionTarget) => store.find(target);
  return {
    createToken: (body) => createToken(store, settings, body),
    start: (bearer) => start(store, settings, bearer),
    keepAlive: (target) => keepAlive(find(target), settings),
    stop: (target) => stop(find(target), settings, target.reason),
    get: (sessionId) => get(store.byId(sessionId), settings, sessionId),
    list: (query) => list(store, settings, query),
    reset: () => {
      store = createSessionStore(createIdSource(settings.seed), settings);
    },
    sessions: () => store.all(),
  };
}

export type ModelSettings = ReturnType<typeof withDefaults>;

function withDefaults(options: SessionModelOptions) {
  return {
    templates: options.templates,
    seed: options.seed ?? 1,
    ttlSeconds: options.ttlSeconds,
    defaultMaxSessionDuration: options.defaultMaxSessionDuration ?? 1200,
    now: options.now ?? (() => Date.now()),
    defaultStopReason: options.defaultStopReason ?? 'UNKNOWN',
    expiredReason: options.expiredReason ?? 'MAX_DURATION_REACHED',
    listPath: options.listPath ?? '/v1/sessions',
    statuses: { token: 200, start: 201, keepAlive: 200, stop: 200, get: 200, list: 200, ...options.statuses },
  };
}

function createToken(store: SessionStore, settings: ModelSettings, body: TokenRequest | undefined) {
  const record = store.create({
    mode: typeof body?.mode === 'string' ? body.mode : undefined,
    isSandbox: typeof body?.is_sandbox === 'boolean' ? body.is_sandbox : undefined,
    maxSessionDuration: positiveInteger(body?.max_session_duration) ?? settings.defaultMaxSessionDuration,
  });
  return success(settings.statuses.token, {
    ...settings.templates.token,
    session_id: record.id,
    session_token: record.token,
  });
}

function start(store: SessionStore, settings: ModelSettings, bearer: string) {
  let record = store.byToken(bearer);
  if (record?.state === 'active') {
    return failure(400, ERROR_CODES.sessionAlreadyStarted, `Session ${record.id} has already started`);
  }
  if (record?.state === 'ended' && record.issued) return endedError(record);
  // A token the mock never issued (any string, as the official SDK may send) starts a session of its own.
  if (record === undefined || record.state === 'ended') record = store.adopt(bearer);
  const now = settings.now();
  record.state = 'active';
  record.startedAt = now;
  record.updatedAt = now;
  const data: Json = { ...settings.templates.start, session_id: record.id };
  if ('max_session_duration' in data) data.max_session_duration = record.maxSessionDuration;
  return success(settings.statuses.start, data);
}

function keepAlive(record: SessionRecord | undefined, settings: ModelSettings) {
  if (record === undefined) return notFound();
  if (record.state === 'pending') {
    return failure(400, ERROR_CODES.sessionNotStarted, `Session ${record.id} has not started`);
  }
  if (record.state === 'ended') return endedError(record);
  record.updatedAt = settings.now();
  return success(settings.statuses.keepAlive, null);
}

function stop(record: SessionRecord | undefined, settings: ModelSettings, reason: string | undefined) {
  if (record === undefined) return notFound();
  if (record.state === 'ended') return endedError(record);
  const now = settings.now();
  record.state = 'ended';
  record.endedAt = now;
  record.updatedAt = now;
  record.endReason = reason ?? settings.defaultStopReason;
  return success(settings.statuses.stop, null);
}

function get(record: SessionRecord | undefined, settings: ModelSettings, sessionId: string) {
  if (record === undefined) return notFound(sessionId);
  return success(settings.statuses.get, sessionEntry(record, settings.templates.entry, settings.now()));
}

function list(store: SessionStore, settings: ModelSettings, query: ListQuery) {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(100, Math.max(1, Math.floor(query.pageSize ?? 20)));
  const wanted = store
    .all()
    .filter((record) => matchesType(record, query.type))
    .sort((a, b) => b.createdAt - a.createdAt || b.sequence - a.sequence);
  const now = settings.now();
  const results = wanted
    .slice((page - 1) * pageSize, page * pageSize)
    .map((record) => sessionEntry(record, settings.templates.entry, now));
  const data: Json = { count: wanted.length, results };
  const link = (to: number) =>
    `${settings.listPath}?${query.type === undefined ? '' : `type=${query.type}&`}page=${to}&page_size=${pageSize}`;
  if (page * pageSize < wanted.length) data.next = link(page + 1);
  if (page > 1) data.previous = link(page - 1);
  return success(settings.statuses.list, data);
}

/** `active`: started and running; `historic`: ended (stopped or expired); no type: every started session. */
function matchesType(record: SessionRecord, type: string | undefined): boolean {
  if (type === 'active') return record.state === 'active';
  if (type === 'historic') return record.state === 'ended';
  return record.state !== 'pending';
}

function endedError(record: SessionRecord) {
  return record.expired
    ? failure(400, ERROR_CODES.sessionExpired, `Session ${record.id} has expired`)
    : failure(400, ERROR_CODES.sessionEnded, `Session ${record.id} has already ended`);
}

function notFound(sessionId?: string) {
  return failure(
    404,
    ERROR_CODES.notFound,
    sessionId === undefined ? 'Session not found' : `Session ${sessionId} not found`,
  );
}

function positiveInteger(value: unknown): number | undefined {
  // Number.isInteger is true of numbers alone, but is no type guard.
  return Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;
}
