import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate.ts';
import { PipelineError } from '../../scripts/pipeline/errors.ts';
import { editJson, makeTempProject, snapshotGenerated } from './temp-project.ts';

const silent = () => undefined;

// The same failure through the real command line (exit code, `error:` line): generate-cli.process.test.ts.
// Machinery: runs on a copy of the frozen fixture (test/fixtures/liveavatar-2026-11), so the edits below name its parts.
describe('npm run generate on bad input: a clear error naming file and location, generated/ untouched', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let before: Map<string, string>;

  beforeEach(async () => {
    ({ root, cleanup } = await makeTempProject());
    before = await snapshotGenerated(root);
  });
  afterEach(async () => {
    expect(await snapshotGenerated(root)).toEqual(before);
    await cleanup();
  });

  it('openapi.json that is not JSON: names the file, line and column', async () => {
    const file = path.join(root, 'openapi.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"paths": {', '"paths": {,'));
    await expect(generate(root, silent)).rejects.toThrow(
      /^openapi\.json at line \d+, column \d+: not valid JSON/,
    );
  });

  it('a dangling $ref: names the JSON pointer of the reference', async () => {
    await editJson(path.join(root, 'openapi.json'), (spec) => {
      spec.paths['/v1/secrets'].post.requestBody.content['application/json'].schema.$ref =
        '#/components/schemas/Gone';
    });
    const error = await generate(root, silent).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).message).toContain(
      'openapi.json (after fixups.overlay.yaml) at #/paths/~1v1~1secrets/post/requestBody/content/application~1json/schema',
    );
    expect((error as PipelineError).message).toContain('[no-unresolved-refs]');
  });

  it('a fix-up whose target no longer exists (upstream fixed or moved it): names the overlay action', async () => {
    await editJson(path.join(root, 'openapi.json'), (spec) => {
      delete spec.components.schemas.AvatarPersonaSchema.properties.voice_settings;
    });
    await expect(generate(root, silent)).rejects.toThrow(
      /^fixups\.overlay\.yaml at \$\.actions\[0\] \(target \$\.components\.schemas\.AvatarPersonaSchema\.properties\.voice_settings[^)]*\): fix-up target no longer exists/,
    );
  });

  it('a lint error left in the fixed spec: names the rule and pointer', async () => {
    await editJson(path.join(root, 'openapi.json'), (spec) => {
      spec.paths['/v1/languages'].get.responses = 'none';
    });
    await expect(generate(root, silent)).rejects.toThrow(
      /^openapi\.json \(after fixups\.overlay\.yaml\) at #\/paths\/~1v1~1languages\/get\/responses: \[struct\]/,
    );
  });

  it('a document that is JSON but not OpenAPI 3.x: names the version field', async () => {
    await editJson(path.join(root, 'openapi.json'), (spec) => {
      spec.openapi = '2.0';
    });
    await expect(generate(root, silent)).rejects.toThrow(
      /^openapi\.json at #\/openapi: expected an OpenAPI 3\.x version/,
    );
  });

  it('an overlay action without a reason is refused', async () => {
    const file = path.join(root, 'fixups.overlay.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/ {4}description: .*\n/, ''));
    await expect(generate(root, silent)).rejects.toThrow(
      /^fixups\.overlay\.yaml at \$\.actions\[0\]: each action needs a one-line `description`/,
    );
  });
});
