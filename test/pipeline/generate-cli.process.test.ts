// `npm run generate` as a real command line on bad input. generate-errors.test.ts checks each error in process;
// only a real process shows what a maintainer's shell sees: exit code 1 and one `error:` line, no stack trace.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempProject, PROJECT_ROOT, snapshotGenerated } from './temp-project.ts';

describe('npm run generate --root on a document that is not JSON', () => {
  let root: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ root, cleanup } = await makeTempProject());
  });
  afterEach(() => cleanup());

  it(
    'exits 1 with one line naming the file, line and column, and leaves generated/ untouched',
    { timeout: 60_000 },
    async () => {
      const before = await snapshotGenerated(root);
      const file = path.join(root, 'openapi.json');
      await writeFile(file, (await readFile(file, 'utf8')).replace('"paths": {', '"paths": {,'));

      const failure = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/generate.ts', '--root', root],
        { cwd: PROJECT_ROOT },
      ).catch((error: unknown) => error as { code: number; stderr: string });

      expect(failure).toMatchObject({ code: 1 });
      const { stderr } = failure as { stderr: string };
      expect(stderr).toMatch(/^error: openapi\.json at line \d+, column \d+: not valid JSON/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(await snapshotGenerated(root)).toEqual(before);
    },
  );
});
