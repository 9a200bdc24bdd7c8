import { describe, expect, it } from 'vitest';
import { applyOverlay } from '../../scripts/pipeline/overlay.ts';
import type { Overlay, OverlayAction } from '../../scripts/pipeline/overlay.ts';
import { PipelineError } from '../../scripts/pipeline/errors.ts';

const overlayOf = (...actions: OverlayAction[]): Overlay => ({
  overlay: '1.0.0',
  info: { title: 'test', version: '1' },
  actions,
});

const document = () => ({
  components: {
    schemas: {
      A: { required: ['x'], properties: { x: { type: 'string' }, y: { type: 'integer' } } },
      B: { required: ['z'], properties: { z: { type: 'string', deprecated: true } } },
    },
  },
});

describe('applyOverlay (OpenAPI Overlay 1.0 with RFC 9535 targets)', () => {
  it('merges objects recursively, concatenates arrays, replaces scalars, and leaves the input alone', () => {
    const input = document();
    const { document: output, applied } = applyOverlay(
      input,
      overlayOf({
        target: '$.components.schemas.A',
        description: 'why',
        update: { required: ['y'], properties: { x: { format: 'uuid' } }, title: 'A' },
      }),
      'o.yaml',
    );
    expect(output).toEqual({
      components: {
        schemas: {
          A: {
            required: ['x', 'y'],
            properties: { x: { type: 'string', format: 'uuid' }, y: { type: 'integer' } },
            title: 'A',
          },
          B: document().components.schemas.B,
        },
      },
    });
    expect(input).toEqual(document());
    expect(applied).toEqual([
      { description: 'why', target: '$.components.schemas.A', matched: ["$['components']['schemas']['A']"] },
    ]);
  });

  it('applies one action to every node a wildcard or filter matches, and removes nodes', () => {
    const { document: output } = applyOverlay(
      document(),
      overlayOf(
        { target: '$.components.schemas.*', description: 'tag all', update: { 'x-tagged': true } },
        { target: '$..properties[?@.deprecated == true]', description: 'drop deprecated', remove: true },
      ),
      'o.yaml',
    );
    const schemas = (output as ReturnType<typeof document>).components.schemas;
    expect(schemas.A).toHaveProperty('x-tagged', true);
    expect(schemas.B).toHaveProperty('x-tagged', true);
    expect(schemas.B.properties).toEqual({});
  });

  it('fails, naming the action, when a target matches nothing or is not valid JSONPath', () => {
    const missing = () =>
      applyOverlay(
        document(),
        overlayOf({ target: '$.components.schemas.Gone', description: 'x', update: {} }),
        'o.yaml',
      );
    expect(missing).toThrow(PipelineError);
    expect(missing).toThrow(
      'o.yaml at $.actions[0] (target $.components.schemas.Gone): fix-up target no longer exists',
    );
    expect(() =>
      applyOverlay(document(), overlayOf({ target: '$[', description: 'x', update: {} }), 'o.yaml'),
    ).toThrow(/o\.yaml at \$\.actions\[0\] \(target \$\[\): invalid JSONPath/);
  });
});
