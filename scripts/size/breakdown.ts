import type { Metafile } from 'esbuild';

export interface InputShare {
  /** A source file, or a whole package for files under node_modules. */
  source: string;
  minifiedBytes: number;
}

/** The package a node_modules path belongs to (handles scoped names), or the path itself for own sources. */
function sourceGroup(inputPath: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(inputPath);
  return match?.[1] ?? inputPath;
}

/** Minified bytes each source file (or dependency package) contributes to the single output, largest first. */
export function bundleBreakdown(metafile: Metafile): InputShare[] {
  const outputs = Object.values(metafile.outputs);
  if (outputs.length !== 1 || outputs[0] === undefined) throw new Error('expected exactly one bundle output');
  const bytesBySource = new Map<string, number>();
  for (const [inputPath, { bytesInOutput }] of Object.entries(outputs[0].inputs)) {
    const source = sourceGroup(inputPath);
    bytesBySource.set(source, (bytesBySource.get(source) ?? 0) + bytesInOutput);
  }
  return [...bytesBySource]
    .map(([source, minifiedBytes]) => ({ source, minifiedBytes }))
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes);
}
