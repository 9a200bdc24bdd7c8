// The error-envelope fix-ups (frozen copy in test/fixtures/error-envelope-fixups) on the frozen November 2026
// document: matched by wildcard, so a new operation gets them with no edit, and found redundant by spec:pull's
// check (so it prunes them) once upstream declares the same, status by status.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyOverlay, readOverlay } from '../../scripts/pipeline/overlay.ts';
import { checkFixups } from '../../scripts/spec-update/fixup-check.ts';
import { child, readFullSpec } from './spec-fixtures.ts';
import type { JsonObject } from './spec-fixtures.ts';

const overlayFile = fileURLToPath(
  new URL('../fixtures/error-envelope-fixups/fixups.overlay.yaml', import.meta.url),
);
const overlay = await readOverlay(overlayFile);
const ERROR_STATUSES = ['400', '401', '403', '404', '422', '429', '500'];

/** The document as it is once every fix-up applied: what an upstream that adopted them all would publish. */
const adopted = () => applyOverlay(readFullSpec(), overlay, 'fixture overlay').document as JsonObject;
const responsesOf = (document: JsonObject, path: string, method: string) =>
  child(document, 'paths', path, method, 'responses');

describe('error-envelope fix-ups on the frozen document', () => {
  it('give every operation, a new one too, the seven error statuses with the envelope', () => {
    const document = readFullSpec();
    const paths = child(document, 'paths');
    paths['/v1/brand-new'] = {
      get: { operationId: 'brand_new', responses: { '200': { description: 'OK' } } },
    };
    const fixed = applyOverlay(document, overlay, 'fixture overlay').document as JsonObject;
    for (const [path, item] of Object.entries(child(fixed, 'paths'))) {
      for (const [method, operation] of Object.entries(item as JsonObject)) {
        const responses = (operation as { responses?: JsonObject }).responses;
        if (responses === undefined) continue;
        expect(Object.keys(responses), `${method} ${path}`).toEqual(expect.arrayContaining(ERROR_STATUSES));
      }
    }
    expect(responsesOf(fixed, '/v1/brand-new', 'get')['401']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
    });
  });

  it('are all still needed on the frozen document', async () => {
    const result = await checkFixups(readFullSpec(), overlayFile, 'fixture overlay');
    expect(result).toMatchObject({ status: 'checked', total: 8, stale: [] });
  });

  it('are each redundant, so spec:pull prunes them, once upstream declares the same', async () => {
    const result = await checkFixups(adopted(), overlayFile, 'fixture overlay');
    expect(result.status).toBe('checked');
    if (result.status !== 'checked') return;
    expect(result.stale.map((stale) => [stale.index, stale.reason])).toEqual(
      overlay.actions.map((_, index) => [index, 'already-upstream']),
    );
  });

  it('only the one upstream adopted is pruned; one it declares differently stays', async () => {
    const document = readFullSpec();
    const fixed = adopted();
    for (const [path, item] of Object.entries(child(document, 'paths'))) {
      for (const [method, operation] of Object.entries(item as JsonObject)) {
        const responses = (operation as { responses?: JsonObject }).responses;
        if (responses === undefined) continue;
        // Upstream adopts the 401 exactly, and declares a 404 of its own (another description).
        responses['401'] = responsesOf(fixed, path, method)['401'];
        responses['404'] = { description: 'Missing', content: { 'application/json': { schema: {} } } };
      }
    }
    const result = await checkFixups(document, overlayFile, 'fixture overlay');
    expect(result.status).toBe('checked');
    if (result.status !== 'checked') return;
    expect(result.stale.map((stale) => stale.description)).toEqual([
      expect.stringMatching(/^401 as the error envelope/),
    ]);
  });
});
