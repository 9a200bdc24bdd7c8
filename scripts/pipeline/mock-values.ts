// What a field of a mock example holds, decided by its schema (format, bounds, description) and its name, never
// by operation: a new upstream field named like the ones below gets the same treatment.
import type { Faker } from '@faker-js/faker';

type Json = Record<string, unknown>;

/** Mock data stays on reserved example domains (RFC 2606): nothing in it points at a real host. */
export const EXAMPLE_DOMAIN = 'example.com';

interface StringRule {
  /** Whether the rule is for this field; `format` is the schema's format, if any. */
  applies(field: string, format: string | undefined, schema: Json): boolean;
  value(fake: Faker, field: string, schema: Json): string | undefined;
}

const URL_FIELD = /(^|_)(url|uri|href|link)$/;
const name = (pattern: RegExp) => (field: string) => pattern.test(field);
const isFormat =
  (...formats: string[]) =>
  (_: string, format: string | undefined) =>
    format !== undefined && formats.includes(format);

/** First match wins. Formats before names; a patterned or unknown-format string only takes a pattern-fit value. */
const STRING_RULES: readonly StringRule[] = [
  {
    applies: (field, format) => format === 'uuid' || (format === undefined && /(^|_)id$/.test(field)),
    value: (fake) => fake.string.uuid(),
  },
  { applies: isFormat('date-time'), value: (fake) => isoSeconds(fake.date.recent({ days: 90 })) },
  { applies: isFormat('date'), value: (fake) => isoSeconds(fake.date.recent({ days: 90 })).slice(0, 10) },
  {
    applies: isFormat('email'),
    value: (fake) => fake.internet.email({ provider: EXAMPLE_DOMAIN }).toLowerCase(),
  },
  // URLs a client dials as a WebSocket: LiveKit's, the session event socket's.
  {
    applies: name(/(^|_)(ws|wss|websocket|socket|livekit)_url$/),
    value: (fake) => `wss://${fake.internet.domainWord()}.${EXAMPLE_DOMAIN}`,
  },
  {
    applies: (field, format) => format === 'uri' || format === 'url' || URL_FIELD.test(field),
    value: (fake, field) => httpsUrl(field, fake),
  },
  {
    applies: name(/^(next|previous|prev)$/),
    value: (fake) => `https://api.${EXAMPLE_DOMAIN}/items?page=${fake.number.int({ min: 2, max: 9 })}`,
  },
  {
    applies: (_, format, schema) => format !== undefined || typeof schema.pattern === 'string',
    value: (fake, _, schema) => patterned(schema, fake),
  },
  { applies: name(/(^|_)token$/), value: (fake) => fake.internet.jwt() },
  {
    applies: (_, __, schema) =>
      typeof schema.description === 'string' && /language code/i.test(schema.description),
    value: (fake) => fake.location.language().alpha2,
  },
  { applies: name(/(^|_)language$/), value: (fake) => fake.location.language().name },
  { applies: name(/^(gender|sex)$/), value: (fake) => fake.person.sex() },
  {
    applies: name(/(^|_)base64$/),
    value: (fake) => Buffer.from(fake.word.words(4)).toString('base64'),
  },
  {
    applies: name(/^(name|display_name|full_name|first_name|last_name|user_name|username)$/),
    value: (fake) => `${fake.person.firstName()} ${fake.person.lastName()}`,
  },
  { applies: name(/_name$/), value: (fake) => fake.word.words(2).replaceAll(' ', '-') },
  {
    applies: name(
      /(^|_)(message|msg|description|summary|text|prompt|transcript|content|script|faq|preview|reason|instructions)$/,
    ),
    value: (fake) => fake.hacker.phrase(),
  },
  { applies: () => true, value: (fake) => fake.word.words({ count: { min: 1, max: 3 } }) },
];

/**
 * The value for one generated node. The spec's own `example`, `examples`, `const` and `default` win; then a rule
 * by format or field name, if its value fits the schema's simple bounds; otherwise json-schema-faker's value.
 */
export function realisticValue(field: string, schema: Json, generated: unknown, fake: Faker): unknown {
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('const' in schema) return schema.const;
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum)) return generated;
  if (typeof generated === 'string') return fits(schema, stringFor(field, schema, fake)) ?? generated;
  if (typeof generated === 'number') return isUnbounded(schema) ? numberFor(field, schema, fake) : generated;
  return generated;
}

function stringFor(field: string, schema: Json, fake: Faker): string | undefined {
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  const rule = STRING_RULES.find((candidate) => candidate.applies(field, format, schema));
  return rule?.value(fake, field, schema);
}

function httpsUrl(field: string, fake: Faker): string {
  const folder = (field.replace(URL_FIELD, '') || 'files').replaceAll('_', '-');
  return `https://${fake.internet.domainWord()}.${EXAMPLE_DOMAIN}/${folder}/${fake.string.alphanumeric(12)}`;
}

/** A patterned string: a plain positive amount, number or word when the pattern takes one (credits, codes, …). */
function patterned(schema: Json, fake: Faker): string | undefined {
  if (typeof schema.pattern !== 'string') return undefined;
  const pattern = new RegExp(schema.pattern, 'u');
  const candidates = [
    fake.finance.amount({ min: 10, max: 5000, dec: 2 }),
    String(fake.number.int({ min: 1, max: 500 })),
    fake.word.noun(),
  ];
  return candidates.find((candidate) => pattern.test(candidate));
}

/** Durations in whole minutes, timestamps near the example dates, offsets small, counts and amounts positive. */
function numberFor(field: string, schema: Json, fake: Faker): number {
  if (/(^|_)(duration|seconds|secs|timeout|ttl)$/.test(field))
    return 60 * fake.number.int({ min: 1, max: 30 });
  if (/^(relative|elapsed|offset)_/.test(field)) return fake.number.int({ min: 1, max: 600 });
  if (/(^|_)timestamp$/.test(field)) return Math.floor(fake.date.recent({ days: 90 }).getTime() / 1000);
  if (schema.type === 'integer') return fake.number.int({ min: 1, max: 120 });
  return fake.number.float({ min: 0.5, max: 500, fractionDigits: 2 });
}

function isUnbounded(schema: Json): boolean {
  const bounds = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
  return !bounds.some((key) => key in schema);
}

/** The candidate when it meets the schema's length bounds and pattern, else undefined (keep the generated value). */
function fits(schema: Json, candidate: string | undefined): string | undefined {
  if (candidate === undefined) return undefined;
  if (typeof schema.minLength === 'number' && candidate.length < schema.minLength) return undefined;
  if (typeof schema.maxLength === 'number' && candidate.length > schema.maxLength) return undefined;
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(candidate))
    return undefined;
  return candidate;
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A page (`count` next to a `results` list) that is one complete page: `count` is the number of results, and the
 * optional `next`/`previous` links are left out, so a UI paging through the mock stops where it should.
 */
export function coherentPage(value: Json, required: readonly string[]): Json {
  if (typeof value.count !== 'number' || !Array.isArray(value.results)) return value;
  const page: Json = { ...value, count: value.results.length };
  for (const link of ['next', 'previous']) if (!required.includes(link)) Reflect.deleteProperty(page, link);
  return page;
}

/** A record is not updated before it was created: `created_at`/`updated_at` (ISO strings) in order. */
export function inTimeOrder(value: Json): Json {
  const { created_at: created, updated_at: updated } = value;
  if (typeof created !== 'string' || typeof updated !== 'string' || created <= updated) return value;
  return { ...value, created_at: updated, updated_at: created };
}
