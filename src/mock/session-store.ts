import type { IdSource } from './seeded-ids.ts';
import type { SessionRecord } from './session-record.ts';

/** What the store needs of the model's settings: the clock and how long a session may run. */
interface StoreSettings {
  now: () => number;
  ttlSeconds: number | undefined;
  expiredReason: string;
  defaultMaxSessionDuration: number;
}

export interface NewSession {
  mode: string | undefined;
  isSandbox: boolean | undefined;
  maxSessionDuration: number;
}

export interface SessionStore {
  /** A pending session with a token the store issues. */
  create(session: NewSession): SessionRecord;
  /** A pending session for a caller's own token string (which from now on finds it). */
  adopt(token: string): SessionRecord;
  byId(id: string): SessionRecord | undefined;
  byToken(token: string): SessionRecord | undefined;
  /** By `session_id` when given (it wins: an API-key caller names the session), else by bearer token. */
  find(target: { bearer?: string | undefined; sessionId?: string | undefined }): SessionRecord | undefined;
  all(): SessionRecord[];
}

/** The sessions in memory, with expiry applied whenever one is read. */
export function createSessionStore(ids: IdSource, settings: StoreSettings): SessionStore {
  const byId = new Map<string, SessionRecord>();
  // Looked up with an absent bearer too: no record has an undefined token, so that finds nothing.
  const byToken = new Map<string | undefined, SessionRecord>();
  const expire = <Found extends SessionRecord | undefined>(record: Found): Found => {
    if (record !== undefined) applyExpiry(record, settings);
    return record;
  };
  const add = (record: SessionRecord): SessionRecord => {
    byId.set(record.id, record);
    byToken.set(record.token, record);
    return record;
  };
  const fresh = (token: string | undefined, session: NewSession): SessionRecord => {
    const id = ids.uuid();
    const now = settings.now();
    return add({
      ...session,
      id,
      token: token ?? ids.sessionToken(id, Math.floor(now / 1000)),
      issued: token === undefined,
      state: 'pending',
      createdAt: now,
      updatedAt: now,
      startedAt: undefined,
      endedAt: undefined,
      endReason: undefined,
      expired: false,
      sequence: byId.size,
    });
  };
  return {
    create: (session) => fresh(undefined, session),
    adopt: (token) =>
      fresh(token, {
        mode: undefined,
        isSandbox: undefined,
        maxSessionDuration: settings.defaultMaxSessionDuration,
      }),
    byId: (id) => expire(byId.get(id)),
    byToken: (token) => expire(byToken.get(token)),
    find: (target) =>
      expire(target.sessionId === undefined ? byToken.get(target.bearer) : byId.get(target.sessionId)),
    all: () => [...byId.values()].map(expire),
  };
}

function applyExpiry(record: SessionRecord, settings: StoreSettings): void {
  if (record.state !== 'active') return;
  const lifetimeMs = (settings.ttlSeconds ?? record.maxSessionDuration) * 1000;
  // From start, as durationSeconds counts (start always sets startedAt).
  const expiresAt = (record.startedAt ?? record.createdAt) + lifetimeMs;
  if (settings.now() < expiresAt) return;
  record.state = 'ended';
  record.expired = true;
  record.endedAt = expiresAt;
  record.updatedAt = expiresAt;
  record.endReason = settings.expiredReason;
}
