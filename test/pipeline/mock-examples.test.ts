// The mock-example stage on a frozen fixture spec of its own: realistic values chosen by format and field name,
// every example valid, the same output every run, and one operation's example independent of the others.
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../scripts/pipeline/errors.ts';
import { addMockExamples, MOCK_EXAMPLE_NAME } from '../../scripts/pipeline/mock-examples.ts';
import { createSchemaValidator, describeErrors } from '../support/schema-validator.ts';
import type { OpenApiDocument } from '../support/spec.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const envelope = (data: object) => ({
  type: 'object',
  properties: { code: { type: 'integer', default: 1000 }, data, message: { type: 'string' } },
});

/** A small API shaped like LiveAvatar's: enveloped responses, a page, a session, FastAPI's 422. */
function fixtureSpec(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'fixture', version: '1' },
    paths: {
      '/widgets': {
        get: {
          responses: {
            '200': json(ref('Envelope_Page')),
            '422': json(ref('HTTPValidationError')),
          },
        },
      },
      '/sessions': { post: { responses: { '201': json(ref('Envelope_Session')) } } },
      '/sessions/stop': { post: { responses: { '200': json(ref('Envelope_Untyped')) } } },
      '/upstream-example': {
        get: {
          responses: {
            '200': { content: { 'application/json': { schema: ref('Widget'), example: { id: 'kept' } } } },
          },
        },
      },
      '/shared': { get: { responses: { '404': { $ref: '#/components/responses/NotFound' } } } },
      '/shared-too': { get: { responses: { '404': { $ref: '#/components/responses/NotFound' } } } },
    },
    components: {
      responses: { NotFound: { description: 'gone', ...json(ref('HTTPValidationError')) } },
      schemas: {
        Envelope_Page: envelope({ anyOf: [ref('Page'), { type: 'null' }] }),
        Envelope_Session: envelope({ anyOf: [ref('Session'), { type: 'null' }] }),
        Envelope_Untyped: envelope({ title: 'Data' }),
        Page: {
          type: 'object',
          required: ['count', 'results'],
          properties: {
            count: { type: 'integer' },
            next: { type: 'string' },
            previous: { type: 'string' },
            results: { type: 'array', items: ref('Widget') },
          },
        },
        Widget: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'string' },
            owner_id: { type: 'string', format: 'uuid' },
            name: { type: 'string' },
            status: { $ref: '#/components/schemas/Status', default: 'READY' },
            kind: { type: 'string', enum: ['small', 'large'] },
            secret_value: { type: 'string', writeOnly: true },
            credits_left: { type: 'string', pattern: '^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$' },
            rating: { type: 'integer', minimum: 3, maximum: 4 },
            tags: { type: 'array', items: { type: 'string' } },
            created_at: { type: 'string', format: 'date-time' },
            updated_at: { type: 'string', format: 'date-time' },
          },
        },
        Status: { type: 'string', enum: ['INIT', 'READY'] },
        Session: {
          type: 'object',
          required: ['session_id', 'livekit_url'],
          properties: {
            session_id: { type: 'string' },
            livekit_url: { type: 'string' },
            ws_url: { type: 'string' },
            preview_url: { type: 'string' },
            session_token: { type: 'string' },
            max_session_duration: { type: 'integer' },
            avatar_name: { anyOf: [{ type: 'string' }, { type: 'null' }] },
          },
        },
        HTTPValidationError: {
          type: 'object',
          properties: {
            detail: {
              type: 'array',
              items: { type: 'object', required: ['msg'], properties: { msg: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}

type Body = Record<string, unknown>;

function exampleAt(document: unknown, path: string, method: string, status: string): Body {
  const spec = document as OpenApiDocument;
  const operation = spec.paths[path]?.[method] as { responses: Record<string, Body> };
  const content = operation.responses[status]?.content as Record<string, { examples: Record<string, Body> }>;
  return content['application/json']?.examples[MOCK_EXAMPLE_NAME]?.value as Body;
}

describe('mock examples (generate stage) on a fixture spec', () => {
  const { document, added } = addMockExamples(fixtureSpec(), 'fixture.json');

  it('gives every JSON response without an example of its own one named example', () => {
    // 200 + 422 of /widgets, /sessions, /sessions/stop, and the shared NotFound response once.
    expect(added).toBe(5);
    const upstream = (document as OpenApiDocument).paths['/upstream-example']?.get as Body;
    expect(upstream).toEqual(fixtureSpec().paths['/upstream-example']?.get);
    const shared = (document as { components: { responses: { NotFound: Body } } }).components.responses;
    expect(Object.keys((shared.NotFound.content as Body)['application/json'] as Body)).toContain('examples');
  });

  it('validates every example against its schema (Ajv, formats on)', () => {
    const validator = createSchemaValidator(document as OpenApiDocument);
    const checks: [string, string, string][] = [
      ['/widgets', 'get', '200'],
      ['/widgets', 'get', '422'],
      ['/sessions', 'post', '201'],
      ['/sessions/stop', 'post', '200'],
    ];
    for (const [path, method, status] of checks) {
      const pointer = `#/paths/${path.replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`;
      const errors = validator.errors(pointer, exampleAt(document, path, method, status));
      expect(errors, `${method} ${path} ${status}: ${describeErrors(errors)}`).toEqual([]);
    }
  });

  it('uses the schema default for the envelope code and fills data (never the null branch)', () => {
    const body = exampleAt(document, '/sessions', 'post', '201');
    expect(body.code).toBe(1000);
    expect(body.data).toBeTypeOf('object');
    expect(body.data).not.toBeNull();
    expect(exampleAt(document, '/sessions/stop', 'post', '200').data).toBeNull();
  });

  it('chooses values by format and field name: uuids, wss:// and https:// URLs, positive durations', () => {
    const session = exampleAt(document, '/sessions', 'post', '201').data as Body;
    expect(session.session_id).toMatch(UUID);
    expect(session.livekit_url).toMatch(/^wss:\/\/[a-z0-9-]+\.example\.com$/);
    expect(session.ws_url).toMatch(/^wss:\/\//);
    expect(session.preview_url).toMatch(/^https:\/\/[a-z0-9-]+\.example\.com\//);
    expect(session.session_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(session.max_session_duration).toBeGreaterThan(0);
    expect((session.max_session_duration as number) % 60).toBe(0);
    expect(session.avatar_name).toBeTypeOf('string');
  });

  it('makes a page coherent and its items plausible, within every bound the schema sets', () => {
    const page = exampleAt(document, '/widgets', 'get', '200').data as Body;
    const results = page.results as Body[];
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(page.count).toBe(results.length);
    expect(page).not.toHaveProperty('next');
    expect(page).not.toHaveProperty('previous');
    for (const widget of results) {
      expect(widget.id).toMatch(UUID);
      expect(widget.owner_id).toMatch(UUID);
      expect(widget.name).toMatch(/^\S+ \S+/);
      expect(widget.status).toBe('READY');
      expect(['small', 'large']).toContain(widget.kind);
      expect(widget).not.toHaveProperty('secret_value');
      expect(Number(widget.credits_left)).toBeGreaterThan(0);
      expect([3, 4]).toContain(widget.rating);
      expect(widget.created_at).toMatch(ISO_DATE_TIME);
      expect(String(widget.created_at) <= String(widget.updated_at)).toBe(true);
    }
  });

  it('is deterministic, and one operation’s example does not depend on the others', () => {
    expect(addMockExamples(fixtureSpec(), 'fixture.json').document).toEqual(document);

    const grown = fixtureSpec();
    grown.paths['/aaa-new'] = { get: { responses: { '200': json(ref('Envelope_Session')) } } };
    const regenerated = addMockExamples(grown, 'fixture.json');
    expect(regenerated.added).toBe(added + 1);
    for (const [path, method, status] of [
      ['/widgets', 'get', '200'],
      ['/sessions', 'post', '201'],
    ] as const) {
      expect(exampleAt(regenerated.document, path, method, status)).toEqual(
        exampleAt(document, path, method, status),
      );
    }
    expect(exampleAt(regenerated.document, '/aaa-new', 'get', '200')).not.toEqual(
      exampleAt(document, '/sessions', 'post', '201'),
    );
  });

  it('leaves its input untouched', () => {
    const input = fixtureSpec();
    addMockExamples(input, 'fixture.json');
    expect(input).toEqual(fixtureSpec());
  });

  it('fails with a PipelineError naming the response when no valid example can be made', () => {
    const impossible = fixtureSpec();
    impossible.paths['/impossible'] = {
      get: { responses: { '200': json({ type: 'string', minLength: 5, maxLength: 2 }) } },
    };
    const attempt = () => addMockExamples(impossible, 'fixture.json');
    expect(attempt).toThrow(PipelineError);
    expect(attempt).toThrow(
      /^fixture\.json at #\/paths\/~1impossible\/get\/responses\/200\/content\/application~1json/,
    );
  });
});
