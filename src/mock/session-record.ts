/** One session as the mock keeps it. Times are milliseconds on the model's clock. */
export interface SessionRecord {
  readonly id: string;
  /** The bearer token the session is found by (issued by the token route, or the caller's own string). */
  readonly token: string;
  /** Whether the model issued the token (one session per token) or adopted a caller's string. */
  readonly issued: boolean;
  state: 'pending' | 'active' | 'ended';
  readonly mode: string | undefined;
  readonly isSandbox: boolean | undefined;
  /** Seconds the session may run: the token body's `max_session_duration`, or the model's default. */
  readonly maxSessionDuration: number;
  readonly createdAt: number;
  startedAt: number | undefined;
  endedAt: number | undefined;
  updatedAt: number;
  endReason: string | undefined;
  /** True when the session ended because its time ran out (keep-alive then answers the expired error). */
  expired: boolean;
  /** Creation order, so lists sort stably when two sessions share a millisecond. */
  readonly sequence: number;
}

/** `2025-06-01T12:00:00Z`: whole seconds, as the API writes its date-times. */
export function isoSeconds(milliseconds: number): string {
  return new Date(Math.floor(milliseconds / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Whole seconds the session has run (or ran): from start (or creation) to its end (or now). */
export function durationSeconds(record: SessionRecord, now: number): number {
  const from = record.startedAt ?? record.createdAt;
  const to = record.endedAt ?? (record.state === 'pending' ? from : now);
  return Math.max(0, Math.floor(to / 1000) - Math.floor(from / 1000));
}
