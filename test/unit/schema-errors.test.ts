// How a JSON Schema validator's errors become violations (src/schema-errors.ts), on tiny inline schemas run
// through Ajv as the generated validators (first error) and the live check (all errors) run it: the most
// specific problem wins, sibling type alternatives merge, shadowed branches and duplicates drop out, and a
// violation names the kind of value found, never the value.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';
import { describe, expect, it } from 'vitest';
import { allViolations, kindOf, mostSpecificViolation, valueAt } from '../../src/schema-errors.ts';
import type { SchemaError } from '../../src/schema-errors.ts';

function errorsOf(schema: object, body: unknown, options: Options = {}): SchemaError[] {
  const validate = new Ajv2020({ strict: false, ...options }).compile(schema);
  expect(validate(body)).toBe(false);
  return validate.errors ?? [];
}

const firstError = (schema: object, body: unknown, options: Options = {}) =>
  mostSpecificViolation(errorsOf(schema, body, options), body);
const everyError = (schema: object, body: unknown) =>
  allViolations(errorsOf(schema, body, { allErrors: true }), body);

const stringAt = (...names: string[]): object =>
  names.reduceRight<object>((inner, name) => ({ type: 'object', properties: { [name]: inner } }), {
    type: 'string',
  });

describe('mostSpecificViolation', () => {
  it('names the pointer, the rule, the wanted type and the kind found', () => {
    expect(firstError(stringAt('data', 'name'), { data: { name: 42 } })).toEqual({
      pointer: '/data/name',
      rule: 'type',
      expected: 'must be string',
      received: 'number',
    });
  });

  it('judges the whole body at the empty pointer', () => {
    expect(firstError({ type: 'object' }, [1])).toMatchObject({ pointer: '', received: 'array' });
  });

  it('prefers the deepest error by pointer segments, not by pointer length', () => {
    const schema = { properties: { abcdef: { type: 'string' }, a: stringAt('b') } };
    const body = { abcdef: 1, a: { b: 1 } };
    expect(allViolations(errorsOf(schema, body, { allErrors: true }), body)).toHaveLength(2);
    expect(firstError(schema, body, { allErrors: true }).pointer).toBe('/a/b');
  });

  it('keeps the first of equally deep errors', () => {
    const schema = { properties: { a: { type: 'string' }, b: { type: 'string' } } };
    expect(firstError(schema, { a: 1, b: 1 }, { allErrors: true }).pointer).toBe('/a');
  });

  it('counts a missing property as deep as the pointer it names', () => {
    const schema = { properties: { b: { type: 'string' }, a: { required: ['x'] } } };
    expect(firstError(schema, { b: 1, a: {} }, { allErrors: true })).toEqual({
      pointer: '/a/x',
      rule: 'required',
      expected: 'required by the spec',
      received: 'missing',
    });
  });

  it('escapes `~` and `/` of a missing property name in its pointer', () => {
    expect(firstError({ required: ['a/b~c'] }, {}).pointer).toBe('/a~1b~0c');
  });

  it('merges the type alternatives of one pointer and nothing else found there', () => {
    const nullable = { anyOf: [{ type: 'object' }, { type: 'null' }] };
    expect(firstError(nullable, 5).expected).toBe('must be object or null');
    const stringOrLarge = { anyOf: [{ type: 'string' }, { minimum: 5 }] };
    expect(firstError(stringOrLarge, 3).expected).toBe('must be string');
  });

  it('reports another rule with its message, or the keyword when messages are off', () => {
    expect(firstError({ minLength: 3 }, 'ab')).toEqual({
      pointer: '',
      rule: 'minLength',
      expected: 'must NOT have fewer than 3 characters',
      received: 'string',
    });
    expect(firstError({ minLength: 3 }, 'ab', { messages: false }).expected).toBe('must satisfy minLength');
  });

  it('keeps a property that depends on another as its own rule, not as a missing one', () => {
    const violation = firstError({ dependentRequired: { a: ['b'] } }, { a: 1 });
    expect(violation).toMatchObject({ pointer: '', rule: 'dependentRequired', received: 'object' });
  });

  it('describes a required error without a property name by its keyword at its own pointer', () => {
    const error = { instancePath: '/data', keyword: 'required', params: {}, message: 'must have it' };
    expect(mostSpecificViolation([error], { data: {} })).toEqual({
      pointer: '/data',
      rule: 'required',
      expected: 'must have it',
      received: 'object',
    });
  });

  it('falls back to a composite error when nothing more specific is reported', () => {
    expect(firstError({ properties: { a: { not: { type: 'string' } } } }, { a: 'x' })).toMatchObject({
      pointer: '/a',
      rule: 'not',
      received: 'string',
    });
  });

  it('falls back to the whole body when the validator gives no errors', () => {
    expect(mostSpecificViolation([], { a: 1 })).toEqual({
      pointer: '',
      rule: 'schema',
      expected: 'must match',
      received: 'object',
    });
  });

  // Ajv reports a failed branch's keyword at the branch's own pointer; these are hand-made so the composite
  // error is the deeper one, which it never is in Ajv's output.
  it.each(['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', '$ref'])(
    'never picks a %s error over a specific one, however deep',
    (keyword) => {
      const errors: SchemaError[] = [
        { instancePath: '/a/b/c', keyword, params: {} },
        { instancePath: '/a', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      ];
      expect(mostSpecificViolation(errors, { a: 1 })).toMatchObject({ pointer: '/a', rule: 'type' });
    },
  );
});

describe('allViolations', () => {
  it('lists every problem once, merging type alternatives and leaving composite errors out', () => {
    const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    const schema = { properties: { a: nullableString, b: nullableString, c: { minimum: 5 } } };
    expect(everyError(schema, { a: 1, b: 2, c: 3 })).toEqual([
      { pointer: '/a', rule: 'type', expected: 'must be string or null', received: 'number' },
      { pointer: '/b', rule: 'type', expected: 'must be string or null', received: 'number' },
      { pointer: '/c', rule: 'minimum', expected: 'must be >= 5', received: 'number' },
    ]);
  });

  it('drops the type error of a branch that another branch went deeper than', () => {
    const nullableObject = { anyOf: [{ type: 'null' }, stringAt('b')] };
    expect(everyError({ properties: { a: nullableObject } }, { a: { b: 1 } })).toEqual([
      { pointer: '/a/b', rule: 'type', expected: 'must be string', received: 'number' },
    ]);
  });

  it('drops the type error of a branch that misses a property where the other is an object', () => {
    const nullableObject = { anyOf: [{ type: 'null' }, { type: 'object', required: ['id'] }] };
    expect(everyError({ properties: { a: nullableObject } }, { a: {} })).toEqual([
      { pointer: '/a/id', rule: 'required', expected: 'required by the spec', received: 'missing' },
    ]);
  });

  it('keeps a type error next to a missing property elsewhere, and a missing property above a deeper error', () => {
    const schema = {
      properties: { x: { type: 'string' }, a: { required: ['c'], properties: { b: { type: 'string' } } } },
    };
    expect(everyError(schema, { x: 1, a: { b: 1 } }).map(({ pointer }) => pointer)).toEqual([
      '/x',
      '/a/c',
      '/a/b',
    ]);
  });

  it('keeps composite errors when they are all there is', () => {
    expect(everyError({ not: { type: 'string' } }, 'x')).toMatchObject([{ pointer: '', rule: 'not' }]);
  });
});

describe('valueAt', () => {
  const body = { data: { 'a/b': { 'c~d': 1 }, none: null, text: 'abc' } };

  it('reads the whole body at the empty pointer and unescapes `~1` and `~0`', () => {
    expect(valueAt(body, '')).toBe(body);
    expect(valueAt(body, '/data/a~1b/c~0d')).toBe(1);
  });

  it('finds nothing under null, inside a string or on the prototype', () => {
    expect(valueAt(body, '/data/none/x')).toBeUndefined();
    expect(valueAt(body, '/data/text/0')).toBeUndefined();
    expect(valueAt(body, '/data/constructor')).toBeUndefined();
  });
});

describe('kindOf', () => {
  it('names the JSON kind of a value, and missing for undefined', () => {
    const kinds = [undefined, null, [], {}, '', 0, false].map(kindOf);
    expect(kinds).toEqual(['missing', 'null', 'array', 'object', 'string', 'number', 'boolean']);
  });
});
