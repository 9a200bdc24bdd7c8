// The envelope-code fix-up from fixups.overlay.yaml, applied to a frozen fixture: one action reaches every
// {code, data, message} envelope (new ones too) and nothing else, and fails generate when none is left.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../scripts/pipeline/errors.ts';
import { applyOverlay, readOverlay } from '../../scripts/pipeline/overlay.ts';
import type { Overlay } from '../../scripts/pipeline/overlay.ts';
import { PROJECT_ROOT } from './temp-project.ts';

/** What the official web SDK (@heygen/liveavatar-web-sdk, SessionAPIClient) accepts as success. */
const SDK_SUCCESS_CODE = 1000;

const overlay = await readOverlay(path.join(PROJECT_ROOT, 'fixups.overlay.yaml'));
const codeActions = overlay.actions.filter((action) => action.target.endsWith('.properties.code'));
const codeFixup: Overlay = { ...overlay, actions: codeActions };

const envelope = (data: object) => ({
  type: 'object',
  properties: { code: { type: 'integer', title: 'Code', default: 100 }, data, message: { type: 'string' } },
});

function fixture() {
  return {
    openapi: '3.1.0',
    // An envelope written inline in an operation rather than under components.
    paths: {
      '/inline': {
        get: {
          responses: { '200': { content: { 'application/json': { schema: envelope({ type: 'string' }) } } } },
        },
      },
    },
    components: {
      schemas: {
        Response_Widget_: envelope({ anyOf: [{ $ref: '#/components/schemas/Widget' }, { type: 'null' }] }),
        Response_NoneType_: envelope({ type: 'null' }),
        Response_BrandNewThing_: envelope({}),
        Widget: { type: 'object', properties: { id: { type: 'string' } } },
        // Has a `code`, but is no envelope: an ISO language code.
        Language: {
          type: 'object',
          properties: { code: { type: 'string' }, language: { type: 'string' } },
        },
      },
    },
  };
}

type Schemas = ReturnType<typeof fixture>['components']['schemas'];

describe('fix-up: the envelope code the official web SDK accepts', () => {
  it('is one action, with its reason', () => {
    expect(codeActions).toHaveLength(1);
    expect(codeActions[0]?.description).toMatch(/1000/);
  });

  it('sets the default code of every envelope, a new one included, and of nothing else', () => {
    const { document, applied } = applyOverlay(fixture(), codeFixup, 'fixups.overlay.yaml');
    const schemas = (document as ReturnType<typeof fixture>).components.schemas;
    for (const name of ['Response_Widget_', 'Response_NoneType_', 'Response_BrandNewThing_'] as const) {
      expect(schemas[name].properties.code).toEqual({
        type: 'integer',
        title: 'Code',
        default: SDK_SUCCESS_CODE,
      });
    }
    const untouched: Partial<Schemas> = fixture().components.schemas;
    expect(schemas.Language).toEqual(untouched.Language);
    expect(schemas.Widget).toEqual(untouched.Widget);
    const inline = (document as ReturnType<typeof fixture>).paths['/inline'].get.responses['200'].content[
      'application/json'
    ].schema;
    expect(inline.properties.code.default).toBe(SDK_SUCCESS_CODE);
    expect(applied[0]?.matched).toHaveLength(4);
  });

  it('fails generate, naming the action, once no envelope matches', () => {
    const withoutEnvelopes = fixture();
    const schemas: Partial<Schemas> = withoutEnvelopes.components.schemas;
    delete schemas.Response_Widget_;
    delete schemas.Response_NoneType_;
    delete schemas.Response_BrandNewThing_;
    const paths: Partial<typeof withoutEnvelopes.paths> = withoutEnvelopes.paths;
    delete paths['/inline'];
    const attempt = () => applyOverlay(withoutEnvelopes, codeFixup, 'fixups.overlay.yaml');
    expect(attempt).toThrow(PipelineError);
    expect(attempt).toThrow(/fixups\.overlay\.yaml at \$\.actions\[0\] .*fix-up target no longer exists/);
  });
});
