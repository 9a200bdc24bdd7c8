// The drift scenarios themselves, on the frozen fixture (test/fixtures/liveavatar-2026-11) and in process: each
// one, and all at once, is reported by spec:pull as the scenario says. `npm run test:drift` then runs them on
// today's openapi.json through the CLI and the whole maintainer flow.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOverlay } from '../../scripts/pipeline/overlay.ts';
import { pullSpec } from '../../scripts/spec-update/pull.ts';
import { frozenOverlayFile, frozenSpecFile } from '../spec-update/spec-fixtures.ts';
import { buildCandidate } from './candidate.ts';
import type { Candidate } from './candidate.ts';
import { parseReport, unmetExpectations } from './expectations.ts';
import { SCENARIOS } from './scenarios.ts';

const directories: string[] = [];
afterAll(() => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

const currentText = await readFile(frozenSpecFile, 'utf8');
const overlay = await readOverlay(frozenOverlayFile);

/** spec:pull in process, on a temporary copy of the fixture, with the candidate as a file. */
async function pull(candidate: Candidate, acceptBreaking: boolean) {
  const root = await mkdtemp(path.join(tmpdir(), 'drift-scenario-'));
  directories.push(root);
  await copyFile(frozenSpecFile, path.join(root, 'openapi.json'));
  await copyFile(frozenOverlayFile, path.join(root, 'fixups.overlay.yaml'));
  await writeFile(path.join(root, 'candidate.json'), candidate.text);
  const result = await pullSpec({
    root,
    from: path.join(root, 'candidate.json'),
    target: 'openapi.json',
    report: 'spec-changes.md',
    overlay: 'fixups.overlay.yaml',
    timeoutMs: 5_000,
    acceptBreaking,
    dryRun: false,
    keepFixups: false,
  });
  return { root, result };
}

describe('each drift scenario on the frozen fixture', () => {
  it.for(SCENARIOS)('$id: reported as expected, breaking only when it should be', async (scenario) => {
    const candidate = buildCandidate(scenario.id, currentText, overlay, [scenario]);
    const { result } = await pull(candidate, false);
    expect(unmetExpectations(parseReport(result.report), candidate.expectation)).toEqual([]);
    expect(result.comparison.breaking.length > 0).toBe(scenario.kind === 'breaking');
    expect(result.outcome).toBe(scenario.kind === 'breaking' ? 'kept-breaking' : 'replaced');
  });
});

describe('all drift scenarios at once', () => {
  it('lists as breaking only the narrowed auth, the removed operation and the changed success code', async () => {
    const candidate = buildCandidate('mixed', currentText, overlay, SCENARIOS);
    expect(candidate.exitCode).toBe(1);
    const { root, result } = await pull(candidate, true);

    expect(unmetExpectations(parseReport(result.report), candidate.expectation)).toEqual([]);
    expect(result.comparison.breaking.map((change) => change.breakingRule).sort()).toEqual([
      'changed auth',
      'changed success code',
      'removed operation',
    ]);
    // Taken with --accept-breaking: the adopted fix-up is gone from the overlay, the others stay.
    expect(result.fixupOutcome).toBe('pruned');
    const pruned = await readOverlay(path.join(root, 'fixups.overlay.yaml'));
    expect(pruned.actions.map((action) => action.target)).toEqual(
      overlay.actions
        .map((action) => action.target)
        .filter((target) => !candidate.expectation.prunedTargets.includes(target)),
    );
  });

  it('fails with a clear message when the document lacks what a scenario needs', () => {
    const document = JSON.parse(currentText) as { components: { securitySchemes?: unknown } };
    delete document.components.securitySchemes;
    const text = JSON.stringify(document);
    expect(() => buildCandidate('no schemes', text, overlay, SCENARIOS)).toThrow(
      'drift scenario "new operation with the API key": the current openapi.json has no apiKey scheme',
    );
  });
});
