import { access } from 'node:fs/promises';
import { PipelineError } from '../pipeline/errors.ts';
import { applyOverlay, readOverlay, TARGET_GONE } from '../pipeline/overlay.ts';
import type { Overlay } from '../pipeline/overlay.ts';
import { upstreamHasFix } from './fixup-redundancy.ts';

/**
 * Why a fix-up no longer applies as written: its target is gone or upstream already has what it adds (both
 * mean upstream fixed the defect: spec:pull removes these), or the action itself fails (`broken`: an invalid
 * JSONPath, an update on a scalar), which needs a person.
 */
export type StaleReason = 'target-gone' | 'already-upstream' | 'broken';

/** The reasons spec:pull removes a fix-up for; a broken one is only reported. */
export const PRUNABLE: ReadonlySet<StaleReason> = new Set(['target-gone', 'already-upstream']);

export interface StaleFixup {
  /** Position in the overlay's `actions` list. */
  index: number;
  target: string;
  description: string;
  reason: StaleReason;
  problem: string;
}

export type FixupCheck =
  | {
      status: 'checked';
      total: number;
      stale: StaleFixup[];
      /** The document with every still-needed fix-up applied: what `npm run generate` will build from. */
      fixed: unknown;
      overlay: Overlay;
    }
  | { status: 'skipped'; reason: string };

/**
 * Tells which fix-ups in the overlay are no longer needed for `document`. Each action is applied on its own, in
 * order, on top of the ones before it (as `npm run generate` does), so every stale action is listed, not just the
 * first one applyOverlay would throw on. A missing or unreadable overlay is reported, not thrown: spec:pull's job
 * is the report, and `npm run generate` fails on it with its own message.
 */
export async function checkFixups(
  document: unknown,
  overlayFile: string,
  overlayLabel: string,
): Promise<FixupCheck> {
  const overlay = await loadOverlay(overlayFile, overlayLabel);
  if (!('actions' in overlay)) return overlay;
  const { fixed, stale } = applyStillNeeded(document, overlay, overlayLabel);
  return { status: 'checked', total: overlay.actions.length, stale, fixed, overlay };
}

async function loadOverlay(
  overlayFile: string,
  overlayLabel: string,
): Promise<Overlay | { status: 'skipped'; reason: string }> {
  const exists = await access(overlayFile).then(
    () => true,
    () => false,
  );
  if (!exists) return { status: 'skipped', reason: `${overlayLabel} not found` };
  try {
    return await readOverlay(overlayFile);
  } catch (error) {
    if (error instanceof PipelineError)
      return { status: 'skipped', reason: `${overlayLabel}: ${error.problem}` };
    throw error;
  }
}

/** Applies the actions that still do something, in order; lists the others with the reason. */
export function applyStillNeeded(
  document: unknown,
  overlay: Overlay,
  overlayLabel: string,
): { fixed: unknown; stale: StaleFixup[] } {
  const stale: StaleFixup[] = [];
  let current = document;
  overlay.actions.forEach((action, index) => {
    const entry = { index, target: action.target, description: action.description };
    if (upstreamHasFix(current, action)) {
      stale.push({ ...entry, reason: 'already-upstream', problem: 'upstream already has what it adds' });
      return;
    }
    try {
      current = applyOverlay(current, { ...overlay, actions: [action] }, overlayLabel).document;
    } catch (error) {
      if (!(error instanceof PipelineError)) throw error;
      const gone = error.problem.startsWith(TARGET_GONE);
      stale.push({ ...entry, reason: gone ? 'target-gone' : 'broken', problem: error.problem });
    }
  });
  return { fixed: current, stale };
}
