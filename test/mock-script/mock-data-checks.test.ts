// The checks behind "the mock answers like the real API" (test/contract/mock-data.test.ts), on a frozen fixture:
// they find what Prism's schema-only sampler used to answer, and pass realistic data.
import { describe, expect, it } from 'vitest';
import { fieldsOf, mockDataProblems } from '../support/mock-data-checks.ts';
import { createSchemaValidator } from '../support/schema-validator.ts';
import type { OpenApiDocument } from '../support/spec.ts';

const spec: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {},
  components: {
    schemas: {
      Envelope: {
        type: 'object',
        properties: {
          code: { type: 'integer' },
          data: { anyOf: [{ $ref: '#/components/schemas/Session' }, { type: 'null' }] },
        },
      },
      Session: {
        type: 'object',
        properties: {
          session_id: { type: 'string' },
          owner: { type: 'string', format: 'uuid' },
          livekit_url: { type: 'string' },
          preview_url: { type: 'string' },
          started_at: { type: 'string', format: 'date-time' },
          max_session_duration: { type: 'integer' },
          voice_id: { type: 'string', pattern: '^[a-z]+$' },
          retries_count: { type: 'integer', minimum: 0 },
          items: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
        },
      },
      Item: { type: 'object', properties: { id: { type: 'string' } } },
    },
  },
};
const validator = createSchemaValidator(spec);
const ENVELOPE = '#/components/schemas/Envelope';

describe('mock data checks', () => {
  it('walk every value with the schema branch it matched, list items under their list’s name', () => {
    const body = { code: 1, data: { session_id: 'x', items: [{ id: 'y' }] } };
    const fields = [...fieldsOf(spec, validator, ENVELOPE, body)].map(({ name, at, schema }) => ({
      name,
      at,
      type: schema.type,
    }));
    expect(fields).toEqual([
      { name: '', at: '', type: 'object' },
      { name: 'code', at: '/code', type: 'integer' },
      { name: 'data', at: '/data', type: 'object' },
      { name: 'session_id', at: '/data/session_id', type: 'string' },
      { name: 'items', at: '/data/items', type: 'array' },
      { name: 'items', at: '/data/items/0', type: 'object' },
      { name: 'id', at: '/data/items/0/id', type: 'string' },
    ]);
  });

  it('report what a schema-only sampler answers', () => {
    const sampled = {
      code: 100,
      data: {
        session_id: 'string',
        owner: 'string',
        livekit_url: 'string',
        preview_url: 'string',
        started_at: 'yesterday',
        max_session_duration: 0,
        items: [{ id: 'string' }],
      },
    };
    expect(mockDataProblems(spec, validator, ENVELOPE, sampled)).toEqual([
      '/data/session_id = "string": expected a UUID',
      '/data/owner = "string": expected a UUID',
      '/data/livekit_url = "string": expected a wss:// URL',
      '/data/preview_url = "string": expected an https:// URL',
      '/data/started_at = "yesterday": expected an ISO date-time',
      '/data/max_session_duration = 0: expected a positive number',
      '/data/items/0/id = "string": expected a UUID',
    ]);
  });

  it('pass realistic data, and leave alone what the schema itself constrains', () => {
    const realistic = {
      code: 1000,
      data: {
        session_id: '4ab95f1c-364b-4bf4-b0ed-016b674573c5',
        owner: 'a51411fe-c704-4694-9728-4d0483fc3287',
        livekit_url: 'wss://media.example.com',
        preview_url: 'https://cdn.example.com/preview/1',
        started_at: '2025-05-12T09:23:06Z',
        max_session_duration: 600,
        voice_id: 'pattern',
        retries_count: 0,
        items: [{ id: '0caf5647-287f-487f-b845-1c9db4e3d05c' }],
      },
    };
    expect(mockDataProblems(spec, validator, ENVELOPE, realistic)).toEqual([]);
    expect(mockDataProblems(spec, validator, ENVELOPE, { code: 1000, data: null })).toEqual([]);
  });
});
