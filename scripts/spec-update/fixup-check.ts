import { access } from 'node:fs/promises';
import { PipelineError } from '../pipeline/errors.ts';
import { applyOverlay, readOverlay } from '../pipeline/overlay.ts';

export interface StaleFixup {
  target: string;
  description: string;
  problem: string;
}

export type FixupCheck =
  { status: 'checked'; total: number; stale: StaleFixup[] } | { status: 'skipped'; reason: string };

/**
 * Tells which fix-ups in the overlay no longer match `document`. Each action is applied on its own, in order,
 * on top of the ones before it (as `npm run generate` does), so every stale action is listed, not just the first
 * one applyOverlay would throw on. A missing or unreadable overlay is reported, not thrown: spec:pull's job is
 * the report, and `npm run generate` fails on it with its own message.
 */
export async function checkFixups(
  document: unknown,
  overlayFile: string,
  overlayLabel: string,
): Promise<FixupCheck> {
  if (
    !(await access(overlayFile).then(
      () => true,
      () => false,
    ))
  ) {
    return { status: 'skipped', reason: `${overlayLabel} not found` };
  }
  let overlay;
  try {
    overlay = await readOverlay(overlayFile);
  } catch (error) {
    if (error instanceof PipelineError)
      return { status: 'skipped', reason: `${overlayLabel}: ${error.problem}` };
    throw error;
  }
  const stale: StaleFixup[] = [];
  let current = document;
  for (const action of overlay.actions) {
    try {
      current = applyOverlay(current, { ...overlay, actions: [action] }, overlayLabel).document;
    } catch (error) {
      if (!(error instanceof PipelineError)) throw error;
      stale.push({ target: action.target, description: action.description, problem: error.problem });
    }
  }
  return { status: 'checked', total: overlay.actions.length, stale };
}
