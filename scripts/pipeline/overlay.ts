import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { exec, paths } from 'jsonpath-rfc9535';
import type { JsonValue } from 'jsonpath-rfc9535';
import { PipelineError } from './errors.ts';

/** One OpenAPI Overlay 1.0 action. `description` is required here: every fix-up must say why it exists. */
export interface OverlayAction {
  target: string;
  description: string;
  update?: JsonValue;
  remove?: boolean;
}

export interface Overlay {
  overlay: string;
  info: { title: string; version: string };
  actions: OverlayAction[];
}

export interface AppliedAction {
  description: string;
  target: string;
  matched: string[];
}

/** How applyOverlay's error for a target that matches nothing begins (spec:pull tells it from other errors). */
export const TARGET_GONE = 'fix-up target no longer exists';

/** A project without fix-ups (e.g. a fixture spec) simply has no overlay file. */
const NO_FIXUPS: Overlay = { overlay: '1.0.0', info: { title: 'no fix-ups', version: '0' }, actions: [] };

export async function readOverlay(file: string): Promise<Overlay> {
  let parsed: unknown;
  try {
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    });
    if (text === undefined) return NO_FIXUPS;
    parsed = parseYaml(text);
  } catch (error) {
    throw new PipelineError(file, '', `not a readable YAML overlay: ${(error as Error).message}`);
  }
  return validateOverlay(file, parsed);
}

function validateOverlay(file: string, value: unknown): Overlay {
  if (!isObject(value) || typeof value.overlay !== 'string' || !value.overlay.startsWith('1.')) {
    throw new PipelineError(file, '$.overlay', 'expected an OpenAPI Overlay 1.x document');
  }
  if (!Array.isArray(value.actions)) {
    throw new PipelineError(file, '$.actions', 'expected a list of actions');
  }
  value.actions.forEach((action: unknown, index) => {
    const where = `$.actions[${index}]`;
    if (!isObject(action) || typeof action.target !== 'string' || !action.target.startsWith('$')) {
      throw new PipelineError(file, where, 'each action needs a JSONPath `target` starting with $');
    }
    if (typeof action.description !== 'string' || action.description.trim() === '') {
      throw new PipelineError(file, where, 'each action needs a one-line `description` saying why it exists');
    }
    if ((action.update === undefined) === (action.remove !== true)) {
      throw new PipelineError(file, where, 'each action needs exactly one of `update` or `remove: true`');
    }
  });
  return value as unknown as Overlay;
}

/**
 * Applies the overlay to a deep copy of `document`. Unlike the Overlay spec (where a target matching nothing is
 * a no-op), a target that matches nothing is an error: it means upstream fixed or moved the defect.
 */
export function applyOverlay(
  document: unknown,
  overlay: Overlay,
  overlayFile: string,
): { document: unknown; applied: AppliedAction[] } {
  const result = structuredClone(document) as JsonValue;
  const applied = overlay.actions.map((action, index) => {
    const where = `$.actions[${index}] (target ${action.target})`;
    let matched: string[];
    try {
      matched = paths(result, action.target);
    } catch (error) {
      throw new PipelineError(overlayFile, where, `invalid JSONPath: ${(error as Error).message}`);
    }
    if (matched.length === 0) {
      throw new PipelineError(
        overlayFile,
        where,
        `${TARGET_GONE} in openapi.json (upstream fixed or moved it): review and remove or retarget this action`,
      );
    }
    if (action.remove === true) removeMatches(result, action.target);
    else updateMatches(result, action.target, action.update as JsonValue, overlayFile, where);
    return { description: action.description, target: action.target, matched };
  });
  return { document: result, applied };
}

function updateMatches(
  document: JsonValue,
  target: string,
  update: JsonValue,
  file: string,
  where: string,
): void {
  exec(document, target, (node, path) => {
    if (!isObject(node) && !Array.isArray(node)) {
      throw new PipelineError(file, where, `update target ${String(path)} is not an object or array`);
    }
    if (Array.isArray(node)) node.push(structuredClone(update));
    else mergeInto(node, update, file, where);
  });
}

/** Overlay 1.0 merge: objects merge recursively, arrays concatenate, anything else is replaced. */
function mergeInto(target: Record<string, unknown>, update: JsonValue, file: string, where: string): void {
  if (!isObject(update)) throw new PipelineError(file, where, 'an object target needs an object `update`');
  for (const [key, value] of Object.entries(update)) {
    const current = target[key];
    if (isObject(current) && isObject(value)) mergeInto(current, value, file, where);
    else if (Array.isArray(current) && Array.isArray(value)) current.push(...structuredClone(value));
    else target[key] = structuredClone(value);
  }
}

function removeMatches(document: JsonValue, target: string): void {
  // Collect parents first, then delete from the back so array indices stay valid.
  const removals: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  for (const path of paths(document, target)) {
    const segments = [...path.matchAll(/\[(?:'((?:[^'\\]|\\.)*)'|(\d+))\]/g)].map((m) =>
      m[2] === undefined ? (JSON.parse(`"${(m[1] ?? '').replaceAll('"', '\\"')}"`) as string) : Number(m[2]),
    );
    const key = segments.pop();
    if (key === undefined) continue;
    let parent: unknown = document;
    for (const segment of segments) parent = (parent as Record<string | number, unknown>)[segment];
    removals.push({ parent: parent as Record<string, unknown> | unknown[], key });
  }
  for (const { parent, key } of removals.reverse()) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else Reflect.deleteProperty(parent, key);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
