import { isSeq, parseDocument } from 'yaml';
import { PipelineError } from '../pipeline/errors.ts';

/**
 * The overlay's text without the actions at `indices`, everything else (comments, quoting, flow lists, order)
 * kept: the `yaml` library edits the parsed document and writes it back in its own style, with no line folding.
 * Nothing is written here; the caller writes the result atomically.
 */
export function pruneOverlayText(text: string, indices: readonly number[], label: string): string {
  const document = parseDocument(text);
  const actions = document.get('actions', true);
  if (!isSeq(actions)) throw new PipelineError(label, '$.actions', 'expected a list of actions');
  for (const index of [...indices].sort((a, b) => b - a)) {
    if (index < 0 || index >= actions.items.length) {
      throw new PipelineError(label, `$.actions[${index}]`, 'no such action to remove');
    }
    actions.items.splice(index, 1);
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
