// Fields of one generated object that must agree with each other, found by name and schema, never by operation:
// a language's name with its code, a status with its error message, an end after its start.
import type { Faker } from '@faker-js/faker';

type Json = Record<string, unknown>;

const LANGUAGE_NAME = /(^|_)language(_name)?$/;
const LANGUAGE_CODE = /(^|_)(language_code|lang_code|locale)$/;
const ERROR_FIELD = /(^|_)(error|error_message|error_detail|failure_reason)$/;
const FAILED_STATUS = /fail|error|reject/i;
const START_FIELD = /^(created|start|started|begin|began)_(at|time)$/;
const END_FIELD = /^(end|ended|finished|completed|stopped|closed)_(at|time)$/;
const DURATION_FIELD = /(^|_)duration$/;
const HOUR_MS = 3_600_000;

export function coherentPairs(value: Json, schema: Json, fake: Faker): Json {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  let result = sameLanguage(value, properties, fake);
  result = errorMatchesStatus(result, properties, required, fake);
  return endAfterStart(result);
}

/** A language's display name and its code name the same language. */
function sameLanguage(value: Json, properties: Json, fake: Faker): Json {
  const fields = Object.keys(value);
  const isCode = (field: string) =>
    LANGUAGE_CODE.test(field) || /language code/i.test(descriptionOf(properties[field]));
  const code = fields.find((field) => typeof value[field] === 'string' && isCode(field));
  const name = fields.find(
    (field) =>
      field !== code && typeof value[field] === 'string' && LANGUAGE_NAME.test(field) && !isCode(field),
  );
  if (code === undefined || name === undefined) return value;
  const language = fake.location.language();
  const maxLength = objectAt(properties[code]).maxLength;
  if (typeof maxLength === 'number' && language.alpha2.length > maxLength) return value;
  return { ...value, [name]: language.name, [code]: language.alpha2 };
}

/** An error message only on a failed status; otherwise absent, null or empty, whichever the schema allows. */
function errorMatchesStatus(value: Json, properties: Json, required: Set<string>, fake: Faker): Json {
  const status = value.status;
  const field = Object.keys(value).find((key) => ERROR_FIELD.test(key));
  if (typeof status !== 'string' || field === undefined) return value;
  const result = { ...value };
  if (FAILED_STATUS.test(status)) {
    result[field] = `Processing failed: ${fake.hacker.phrase()}`;
  } else if (allowsNull(objectAt(properties[field]))) {
    result[field] = null;
  } else if (!required.has(field)) {
    Reflect.deleteProperty(result, field);
  } else if (typeof value[field] === 'string' && !(Number(objectAt(properties[field]).minLength) > 0)) {
    result[field] = '';
  }
  return result;
}

/**
 * An end never precedes its start; with a duration next to them, the end is the start plus the duration, so the
 * three agree.
 */
function endAfterStart(value: Json): Json {
  const starts = Object.keys(value).filter((key) => START_FIELD.test(key) && isInstant(value[key]));
  const ends = Object.keys(value).filter((key) => END_FIELD.test(key) && isInstant(value[key]));
  if (starts.length === 0 || ends.length === 0) return value;
  const start = Math.max(...starts.map((key) => Date.parse(String(value[key]))));
  const durationKey = Object.keys(value).find((key) => DURATION_FIELD.test(key));
  const duration = durationKey === undefined ? undefined : value[durationKey];
  const result = { ...value };
  for (const key of ends) {
    const end = Date.parse(String(value[key]));
    if (typeof duration === 'number' && duration >= 0) result[key] = isoSeconds(start + duration * 1000);
    else if (end < start) result[key] = isoSeconds(start + HOUR_MS);
  }
  return result;
}

function descriptionOf(schema: unknown): string {
  const description = objectAt(schema).description;
  return typeof description === 'string' ? description : '';
}

function allowsNull(schema: Json): boolean {
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  const branches = [schema.anyOf, schema.oneOf].find(Array.isArray) ?? [];
  return branches.some((branch) => isObject(branch) && branch.type === 'null');
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

function isoSeconds(milliseconds: number): string {
  return new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function objectAt(value: unknown): Json {
  return isObject(value) ? value : {};
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
