import { durationSeconds, isoSeconds } from './session-record.ts';
import type { SessionRecord } from './session-record.ts';

type Json = Record<string, unknown>;

/** Fields only an ended session has (the historic entry's); an active one leaves them out. */
const END_FIELDS = ['end_at', 'end_reason'] as const;

/**
 * The session as `GET /v1/sessions/{id}` and the list show it: the spec's example entry (so every field the
 * schema declares is there) with the record's own values in the fields the record knows.
 */
export function sessionEntry(record: SessionRecord, template: Json, now: number): Json {
  const duration = durationSeconds(record, now);
  const entry: Json = { ...template };
  for (const field of END_FIELDS) Reflect.deleteProperty(entry, field);
  assignKnown(entry, template, {
    id: record.id,
    created_at: isoSeconds(record.createdAt),
    updated_at: isoSeconds(Math.max(record.updatedAt, record.createdAt)),
    duration,
    // One credit per minute, to the cent: any positive rate reads true, as long as it grows with duration.
    credits_consumed: Math.round((duration / 60) * 100) / 100,
    mode: record.mode,
    is_sandbox: record.isSandbox,
  });
  if (record.state === 'ended') {
    // The historic entry's fields, whatever branch the example happened to show.
    entry.end_at = isoSeconds(Math.max(record.endedAt ?? now, record.createdAt));
    entry.end_reason = record.endReason ?? null;
  }
  return entry;
}

/** Sets each value the record has, only in fields the schema's example has: the model never invents fields. */
function assignKnown(entry: Json, template: Json, values: Json): void {
  for (const [field, value] of Object.entries(values)) {
    if (field in template && value !== undefined) entry[field] = value;
  }
}
