// The served spec's input stamp: `generate` reuses generated/openapi.fixed.json only while the fixed spec and the
// example generators are exactly what produced it. Frozen fixture; temporary files only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderServedSpec,
  reusableServedSpec,
  SERVED_STAMP_KEY,
  servedSpecKey,
} from '../../scripts/pipeline/served-spec.ts';

const fixture = () => ({
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  paths: {
    '/things/{thing_id}': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  },
});

describe('the served spec (fixed spec + mock examples) and its input stamp', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'liveavatar-served-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('keys on the fixed spec: the same document gives the same key, any change another', async () => {
    const key = await servedSpecKey(fixture());
    expect(await servedSpecKey(fixture())).toBe(key);
    const changed = fixture();
    changed.info.version = '2';
    expect(await servedSpecKey(changed)).not.toBe(key);
  });

  it('stamps the rendered spec with its key and the number of examples it generated', async () => {
    const key = await servedSpecKey(fixture());
    const served = await renderServedSpec(fixture(), 'fixture.json', key);
    expect(served.examples).toBe(1);
    const document = JSON.parse(served.text) as Record<string, unknown>;
    expect(document[SERVED_STAMP_KEY]).toMatchObject({ inputsSha256: key });
    expect(served.text.endsWith('}\n')).toBe(true);
  });

  it('reuses an existing file only when its stamp matches the key', async () => {
    const key = await servedSpecKey(fixture());
    const served = await renderServedSpec(fixture(), 'fixture.json', key);
    const file = path.join(directory, 'openapi.fixed.json');
    await writeFile(file, served.text);

    expect(await reusableServedSpec(file, key)).toEqual({ text: served.text, examples: undefined });
    expect(await reusableServedSpec(file, 'another-key')).toBeUndefined();
    expect(await reusableServedSpec(path.join(directory, 'missing.json'), key)).toBeUndefined();
    await writeFile(file, '{ not json');
    expect(await reusableServedSpec(file, key)).toBeUndefined();
    await writeFile(file, JSON.stringify(fixture()));
    expect(await reusableServedSpec(file, key)).toBeUndefined();
  });
});
