import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverlay, readOverlay } from '../../scripts/pipeline/overlay.ts';
import { checkFixups } from '../../scripts/spec-update/fixup-check.ts';
import { child, frozenOverlayFile, projectRoot, readFullSpec, schema } from './spec-fixtures.ts';

// The frozen fixture's document against the frozen fixture's own overlay (5 actions).
const overlayFile = frozenOverlayFile;

describe('checking fixups.overlay.yaml against a candidate document', () => {
  it('finds every fix-up still matching the current upstream document, and applies them all', async () => {
    const result = await checkFixups(readFullSpec(), overlayFile, 'fixups.overlay.yaml');
    expect(result).toMatchObject({ status: 'checked', total: 5, stale: [] });
    if (result.status !== 'checked') return;
    const overlay = await readOverlay(overlayFile);
    expect(result.fixed).toEqual(applyOverlay(readFullSpec(), overlay, 'fixups.overlay.yaml').document);
  });

  it('a fix-up upstream adopted (it already has what the action adds) is no longer needed', async () => {
    const document = readFullSpec();
    // Upstream makes `mode` required itself, as the second fix-up does.
    const full = schema(document, 'FullSDKSessionTokenConfigDataSchema');
    full.required = [...((full.required as string[] | undefined) ?? []), 'mode'];

    const result = await checkFixups(document, overlayFile, 'fixups.overlay.yaml');

    expect(result.status).toBe('checked');
    if (result.status !== 'checked') return;
    expect(result.stale).toEqual([
      {
        index: 1,
        target: '$.components.schemas.FullSDKSessionTokenConfigDataSchema',
        description: expect.stringContaining('Make `mode` required') as string,
        reason: 'already-upstream',
        problem: 'upstream already has what it adds',
      },
    ]);
    // The fixed document is the same as before: the adopted fix-up is not applied twice (no `[mode, mode]`).
    const overlay = await readOverlay(overlayFile);
    expect(result.fixed).toEqual(applyOverlay(readFullSpec(), overlay, 'fixups.overlay.yaml').document);
  });

  it('a fix-up that only partly matches what upstream has is still needed', async () => {
    const document = readFullSpec();
    const mapping = child(
      schema(document, 'AvatarPersonaSchema'),
      'properties',
      'voice_settings',
      'anyOf',
      '0',
      'discriminator',
      'mapping',
    );
    // Upstream fixes one of the two mapping values only.
    mapping.elevenLabs = '#/components/schemas/ElevenLabsVoiceSettings';

    const result = await checkFixups(document, overlayFile, 'fixups.overlay.yaml');

    expect(result).toMatchObject({ status: 'checked', stale: [] });
  });

  it('lists each fix-up whose target is gone, not only the first', async () => {
    const document = readFullSpec();
    const voiceSettings = child(
      schema(document, 'AvatarPersonaSchema'),
      'properties',
      'voice_settings',
      'anyOf',
      '0',
    );
    delete voiceSettings.discriminator;
    const schemas = child(document, 'components', 'schemas');
    delete schemas.ElevenLabsVoiceSettings;
    delete schemas.FishAudioVoiceSettings;

    const result = await checkFixups(document, overlayFile, 'fixups.overlay.yaml');

    expect(result.status).toBe('checked');
    if (result.status !== 'checked') return;
    expect(result.total).toBe(5);
    expect(result.stale.map((fixup) => fixup.target)).toEqual([
      '$.components.schemas.AvatarPersonaSchema.properties.voice_settings.anyOf[0].discriminator.mapping',
      '$.components.schemas.ElevenLabsVoiceSettings',
      '$.components.schemas.FishAudioVoiceSettings',
    ]);
    expect(result.stale[0]?.problem).toMatch(/fix-up target no longer exists/);
    expect(result.stale.map((fixup) => [fixup.index, fixup.reason])).toEqual([
      [0, 'target-gone'],
      [3, 'target-gone'],
      [4, 'target-gone'],
    ]);
  });

  it('reports a missing overlay instead of failing', async () => {
    expect(
      await checkFixups(
        readFullSpec(),
        path.join(projectRoot, 'no-such.overlay.yaml'),
        'no-such.overlay.yaml',
      ),
    ).toEqual({
      status: 'skipped',
      reason: 'no-such.overlay.yaml not found',
    });
  });
});
