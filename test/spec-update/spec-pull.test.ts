// spec:pull's command (scripts/spec-update/command.ts) in process: every bad input, every flag, the report and
// the files it writes, always with --root pointing at a temporary copy of the frozen fixture. What only the real
// command line shows (exit codes, stderr, a process that ends on its own) is in spec-pull.process.test.ts.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../scripts/pipeline/errors.ts';
import { parseSpecPullArgs, runSpecPull, USAGE } from '../../scripts/spec-update/command.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_SPEC_URL } from '../../scripts/spec-update/fetch-spec.ts';
import {
  badBodies,
  badFileProblems,
  DISCRIMINATOR_TARGET,
  fixupCount,
  Scratch,
  startCandidateServer,
  withAddedOperation,
  withoutDiscriminator,
  withRemovedOperation,
} from './spec-pull-support.ts';
import type { CandidateServer } from './spec-pull-support.ts';

const scratch = new Scratch();
let server: CandidateServer;

beforeAll(async () => {
  server = await startCandidateServer();
});
afterAll(async () => {
  await server.close();
  await scratch.removeAll();
});

/** Runs the command, collecting what it prints; a failure comes back as the error it threw. */
async function pull(args: string[]): Promise<{ printed: string[]; error?: unknown }> {
  const printed: string[] = [];
  try {
    await runSpecPull(args, (line) => printed.push(line));
    return { printed };
  } catch (error) {
    return { printed, error };
  }
}

function messageOf(error: unknown): string {
  if (!(error instanceof PipelineError)) throw new Error(`expected a PipelineError, got ${String(error)}`);
  return error.message;
}

describe('spec:pull refuses bad input and leaves openapi.json untouched', () => {
  const cases: {
    name: string;
    from: () => string | Promise<string>;
    problem: RegExp;
    extraArgs?: string[];
  }[] = [
    {
      name: 'network failure (closed port)',
      from: () => server.closedPortUrl,
      problem: /network request failed: fetch failed \(ECONNREFUSED\)/,
    },
    {
      name: 'HTTP 404',
      from: () => `${server.baseUrl}/not-found`,
      problem: /expected HTTP 200, got HTTP 404 Not Found/,
    },
    {
      name: 'HTTP 503',
      from: () => `${server.baseUrl}/server-error`,
      problem: /expected HTTP 200, got HTTP 503 Service Unavailable/,
    },
    {
      name: 'no answer within --timeout',
      from: () => `${server.baseUrl}/slow`,
      problem: /no response within 300 ms/,
      extraArgs: ['--timeout', '300'],
    },
    {
      name: 'HTML served instead of JSON',
      from: () => `${server.baseUrl}/html`,
      problem: /got HTML\/XML .*not the OpenAPI JSON document/,
    },
    { name: 'not JSON at all', from: () => `${server.baseUrl}/not-json`, problem: /not valid JSON/ },
    {
      name: 'Swagger 2.0 JSON',
      from: () => `${server.baseUrl}/swagger.json`,
      problem: /at #\/swagger: a Swagger 2\.0 document; expected OpenAPI 3\.x/,
    },
    {
      name: 'OpenAPI JSON without paths',
      from: () => `${server.baseUrl}/no-paths.json`,
      problem: /at #\/paths: expected a paths object/,
    },
    {
      name: 'missing file',
      from: async () => path.join(await scratch.directory(), 'missing.json'),
      problem: /cannot read file \(ENOENT\)/,
    },
    ...Object.entries(badBodies).map(([name, body]) => ({
      name: `file: ${name}`,
      from: async () => {
        const file = path.join(await scratch.directory(), `${name}.json`);
        await writeFile(file, body);
        return file;
      },
      problem: badFileProblems[name as keyof typeof badBodies],
    })),
  ];

  it.concurrent.for(cases)('$name', async ({ from, problem, extraArgs = [] }, { expect }) => {
    const { root, target, original } = await scratch.root();
    const filesBefore = await readdir(root);
    const overlayBefore = await readFile(path.join(root, 'fixups.overlay.yaml'));
    const source = await from();

    const { printed, error } = await pull(['--root', root, '--from', source, ...extraArgs]);

    const message = messageOf(error);
    // One clear line naming the source (the command line prints it after `error: `).
    expect(message.split('\n')).toHaveLength(1);
    expect(message.startsWith(source)).toBe(true);
    expect(message).toMatch(problem);
    expect(printed).toEqual([]);
    expect((await readFile(target)).equals(original)).toBe(true);
    expect((await readFile(path.join(root, 'fixups.overlay.yaml'))).equals(overlayBefore)).toBe(true);
    expect(await readdir(root)).toEqual(filesBefore);
  });
});

describe('spec:pull with a valid candidate', () => {
  it('replaces openapi.json with the served bytes when nothing breaks, and writes and prints the report', async () => {
    const { root, target } = await scratch.root();

    const { printed, error } = await pull(['--root', root, '--from', `${server.baseUrl}/added.json`]);

    expect(error).toBeUndefined();
    expect(await readFile(target, 'utf8')).toBe(withAddedOperation);
    // Still read-only, as in the checkout.
    expect((await stat(target)).mode & 0o777).toBe(0o444);
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8');
    expect(report).toContain('## Operations added (1)');
    expect(report).toContain('- `GET /v1/secrets/{secret_id}`: Get Secret');
    expect(report).toContain('`openapi.json` replaced');
    expect(report).toContain(`All ${fixupCount} fix-ups still match the candidate document.`);
    expect(printed).toEqual([report, 'report written to spec-changes.md']);
  });

  it('keeps openapi.json and fails on a breaking change, with the report written where --report says', async () => {
    const { root, target, original } = await scratch.root();
    const from = `${server.baseUrl}/removed.json`;

    const { error } = await pull(['--root', root, '--from', from, '--report', 'out/changes.md']);

    expect(messageOf(error)).toBe(
      `openapi.json: 1 breaking change for clients in ${from}; openapi.json left unchanged. ` +
        'Review out/changes.md, then re-run with --accept-breaking to take them.',
    );
    expect((await readFile(target)).equals(original)).toBe(true);
    const report = await readFile(path.join(root, 'out', 'changes.md'), 'utf8');
    expect(report).toContain('## Breaking changes (1)');
    expect(report).toContain('- **removed operation**: DELETE /v1/secrets/{secret_id}: operation removed');
    expect(report).toContain('`openapi.json` NOT replaced');
  });

  it('takes a breaking change with --accept-breaking', async () => {
    const { root, target } = await scratch.root();

    const { error } = await pull([
      '--root',
      root,
      '--from',
      `${server.baseUrl}/removed.json`,
      '--accept-breaking',
    ]);

    expect(error).toBeUndefined();
    expect(await readFile(target, 'utf8')).toBe(withRemovedOperation);
    expect(await readFile(path.join(root, 'spec-changes.md'), 'utf8')).toContain('## Breaking changes (1)');
  });

  it('--dry-run reports without writing openapi.json, and still fails on breaking changes', async () => {
    const { root, target, original } = await scratch.root();

    const safe = await pull(['--root', root, '--from', `${server.baseUrl}/added.json`, '--dry-run']);
    expect(safe.error).toBeUndefined();
    expect((await readFile(target)).equals(original)).toBe(true);
    expect(await readFile(path.join(root, 'spec-changes.md'), 'utf8')).toContain(
      'dry run: `openapi.json` not written',
    );

    const breaking = await pull(['--root', root, '--from', `${server.baseUrl}/removed.json`, '--dry-run']);
    expect(messageOf(breaking.error)).toContain('openapi.json not written (dry run)');
    expect((await readFile(target)).equals(original)).toBe(true);
  });

  it('removes a fix-up whose target upstream removed from the overlay, touching no other', async () => {
    const { root, target } = await scratch.root();
    const candidate = path.join(await scratch.directory(), 'fixed-upstream.json');
    await writeFile(candidate, withoutDiscriminator);
    const overlayFile = path.join(root, 'fixups.overlay.yaml');
    const overlayBefore = await readFile(overlayFile, 'utf8');

    const { error } = await pull(['--root', root, '--from', candidate]);

    expect(error).toBeUndefined();
    expect(await readFile(target, 'utf8')).toBe(withoutDiscriminator);
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8');
    expect(report).toContain('1 of 5 fix-ups are no longer needed: upstream fixed what they patch.');
    expect(report).toContain('Removed from `fixups.overlay.yaml` (written atomically)');
    expect(report).toContain(`\`${DISCRIMINATOR_TARGET}\``);
    // Exactly the first action is gone; the other four, the comments and the formatting are as they were.
    const overlayAfter = await readFile(overlayFile, 'utf8');
    const firstAction = overlayBefore.slice(
      overlayBefore.indexOf(`  - target: ${DISCRIMINATOR_TARGET}`),
      overlayBefore.indexOf('  - target:', overlayBefore.indexOf(DISCRIMINATOR_TARGET)),
    );
    expect(firstAction).toContain('discriminator.mapping values must be strings');
    expect(overlayAfter).toBe(overlayBefore.replace(firstAction, ''));
  });

  it('--keep-fixups leaves the overlay alone and says what to remove by hand', async () => {
    const { root } = await scratch.root();
    const candidate = path.join(await scratch.directory(), 'fixed-upstream.json');
    await writeFile(candidate, withoutDiscriminator);
    const overlayFile = path.join(root, 'fixups.overlay.yaml');
    const overlayBefore = await readFile(overlayFile, 'utf8');

    const { error } = await pull(['--root', root, '--from', candidate, '--keep-fixups']);

    expect(error).toBeUndefined();
    expect(await readFile(overlayFile, 'utf8')).toBe(overlayBefore);
    const report = await readFile(path.join(root, 'spec-changes.md'), 'utf8');
    expect(report).toContain('Left in `fixups.overlay.yaml` (`--keep-fixups`)');
    expect(report).toContain(`\`${DISCRIMINATOR_TARGET}\``);
  });

  it('leaves an identical document alone', async () => {
    const { root, target, original } = await scratch.root();
    const { mtimeMs } = await stat(target);

    const { error } = await pull(['--root', root, '--from', `${server.baseUrl}/openapi.json`]);

    expect(error).toBeUndefined();
    expect((await readFile(target)).equals(original)).toBe(true);
    expect((await stat(target)).mtimeMs).toBe(mtimeMs);
    expect(await readFile(path.join(root, 'spec-changes.md'), 'utf8')).toContain(
      '0 operations added, 0 removed',
    );
  });
});

describe('spec:pull command-line arguments', () => {
  it('rejects an unknown flag with usage, touching nothing', async () => {
    const { root, target, original } = await scratch.root();

    const { printed, error } = await pull(['--root', root, '--form', `${server.baseUrl}/added.json`]);

    const message = messageOf(error);
    expect(message).toContain("spec:pull: Unknown option '--form'");
    expect(message).toContain(USAGE);
    expect(message.startsWith('spec:pull: ')).toBe(true);
    expect(printed).toEqual([]);
    expect((await readFile(target)).equals(original)).toBe(true);
  });

  it.each(['0', '1.5', 'soon'])('rejects --timeout %s, naming the flag', (timeout) => {
    expect(() => parseSpecPullArgs(['--timeout', timeout])).toThrow(
      `spec:pull at --timeout: expected a positive number of milliseconds, got ${timeout}`,
    );
  });

  it('defaults to the published document, the working directory and the project file names', () => {
    expect(parseSpecPullArgs([])).toEqual({
      root: process.cwd(),
      from: DEFAULT_SPEC_URL,
      target: 'openapi.json',
      report: 'spec-changes.md',
      overlay: 'fixups.overlay.yaml',
      timeoutMs: DEFAULT_FETCH_TIMEOUT_MS,
      acceptBreaking: false,
      dryRun: false,
      keepFixups: false,
    });
  });

  it('takes --target, --overlay and --timeout', () => {
    expect(
      parseSpecPullArgs(['--target', 'api.json', '--overlay', 'o.yaml', '--timeout', '1500']),
    ).toMatchObject({ target: 'api.json', overlay: 'o.yaml', timeoutMs: 1500 });
  });
});
