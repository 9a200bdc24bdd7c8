import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixups } from '../../scripts/spec-update/fixup-check.ts';
import { child, frozenOverlayFile, projectRoot, readFullSpec, schema } from './spec-fixtures.ts';

// The frozen fixture's document against the frozen fixture's own overlay (5 actions).
const overlayFile = frozenOverlayFile;

describe('checking fixups.overlay.yaml against a candidate document', () => {
  it('finds every fix-up still matching the current upstream document', async () => {
    expect(await checkFixups(readFullSpec(), overlayFile, 'fixups.overlay.yaml')).toEqual({
      status: 'checked',
      total: 5,
      stale: [],
    });
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
