// Sample call arguments from a small inline spec: which parameters a sample passes and where, and what happens
// to bodies (required fields only; an optional body that needs nothing is left out).
import { describe, expect, it } from 'vitest';
import { RequestExamples } from '../../scripts/docs/request-example.ts';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const spec = {
  openapi: '3.1.0',
  info: { title: 'inline', version: '1' },
  paths: {
    '/things/{thing_id}': {
      parameters: [{ $ref: '#/components/parameters/ThingId' }],
      post: {
        parameters: [
          { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string', const: 'on' } },
          { name: 'verbose', in: 'query', required: false, schema: { type: 'boolean' } },
          { name: 'tenant', in: 'cookie', required: true, schema: { type: 'string', enum: ['a', 'b'] } },
        ],
        requestBody: { required: true, ...json({ $ref: '#/components/schemas/Thing' }) },
        responses: { '200': { description: 'ok' } },
      },
      patch: {
        requestBody: json({ type: 'object', properties: { note: { type: 'string' } }, default: {} }),
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    parameters: { ThingId: { name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } } },
    schemas: {
      Thing: {
        type: 'object',
        required: ['kind', 'owner_id'],
        properties: {
          kind: { enum: ['small', 'large'] },
          owner_id: { type: 'string' },
          extra: { type: 'string' },
        },
      },
    },
  },
};

describe('sample call arguments', () => {
  const examples = new RequestExamples(spec);

  it('passes every required parameter where it goes, and required body fields only', () => {
    const args = examples.argumentsFor('/things/{thing_id}', 'post');
    expect(Object.keys(args.params ?? {})).toEqual(['path', 'header', 'cookie']);
    expect(args.params?.path?.thing_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(args.params?.header).toEqual({ 'X-Trace': 'on' });
    expect(args.params?.cookie?.tenant).toMatch(/^(a|b)$/);
    expect(Object.keys(args.body as object).sort()).toEqual(['kind', 'owner_id']);
    expect((args.body as { owner_id: string }).owner_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves out an optional body that needs nothing, whatever its default', () => {
    const args = examples.argumentsFor('/things/{thing_id}', 'patch');
    expect(args.body).toBeUndefined();
    expect(Object.keys(args.params ?? {})).toEqual(['path']);
  });

  it('makes the same arguments every time', () => {
    expect(new RequestExamples(spec).argumentsFor('/things/{thing_id}', 'post')).toEqual(
      examples.argumentsFor('/things/{thing_id}', 'post'),
    );
  });
});
