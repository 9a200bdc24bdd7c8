// Reads a V8 .cpuprofile of a bundled benchmark loop and says where the time went, in source terms: frames and
// sampled lines are mapped back through the bundle's source map to src/… and node_modules/… lines.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import type { SourceMapPayload } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

export interface Share {
  what: string;
  percent: number;
}

export interface ProfileSummary {
  samples: number;
  /**
   * Every sample attributed once: to the innermost frame in src/, openapi-fetch or bench/ (the mocked fetch), split
   * by what that frame was calling; samples with none of these on the stack are GC, microtask plumbing and such.
   */
  partition: Share[];
  /** Time spent inside each function, callees included. */
  inclusive: Share[];
  /** Self time of the sampled lines in our code and openapi-fetch. */
  selfLines: Share[];
}

/** Maps generated positions of one bundle back to original files, relative to the project root. */
class BundleMapper {
  private readonly map: SourceMap;
  private readonly lines: string[];
  private readonly mapDir: string;

  constructor(
    readonly bundleUrl: string,
    private readonly root: string,
  ) {
    const bundlePath = fileURLToPath(bundleUrl);
    this.lines = readFileSync(bundlePath, 'utf8').split('\n');
    this.map = new SourceMap(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')) as SourceMapPayload);
    this.mapDir = path.dirname(bundlePath);
  }

  /** 0-based generated line and column → "src/request.ts:97". */
  locate(line: number, column: number): string | undefined {
    const entry = this.map.findEntry(line, column);
    if (!('originalSource' in entry)) return undefined;
    const file = path.relative(this.root, path.resolve(this.mapDir, entry.originalSource));
    return `${file}:${entry.originalLine + 1}`;
  }

  /** 1-based generated line (as positionTicks give it) → its first statement's original line. */
  locateLine(line: number): string | undefined {
    const text = this.lines[line - 1] ?? '';
    return this.locate(line - 1, text.length - text.trimStart().length);
  }
}

function shortUrl(url: string, root: string): string {
  if (url.startsWith('file://')) return path.relative(root, fileURLToPath(url));
  return url || '(native)';
}

/** Our code and the one library we build on: where a line-level answer is actionable. */
function isOurs(location: string): boolean {
  return location.startsWith('src/') || location.startsWith('node_modules/openapi-fetch/');
}

/** Frames a sample can be charged to: ours, plus the benchmark's own (the mocked fetch builds each Response). */
function isAttributable(location: string): boolean {
  return isOurs(location) || location.startsWith('bench/');
}

export function summarizeCpuProfile(profilePath: string, bundlePath: string, root: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const bundleUrl = new URL(`file://${path.resolve(bundlePath)}`).href;
  const mapper = new BundleMapper(bundleUrl, root);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const locationOf = (frame: CallFrame): string =>
    frame.url === bundleUrl
      ? (mapper.locate(frame.lineNumber, frame.columnNumber) ?? 'bundle')
      : `${shortUrl(frame.url, root)}:${frame.lineNumber + 1}`;
  const labelOf = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${locationOf(node.callFrame)}`;

  const partition = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, count = 1) => map.set(key, (map.get(key) ?? 0) + count);

  for (const leafId of profile.samples) {
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = leafId; id !== undefined; id = parentOf.get(id))
      stack.push(byId.get(id)!);
    const seen = new Set<string>();
    for (const node of stack) {
      const label = labelOf(node);
      if (!seen.has(label)) add(inclusive, label);
      seen.add(label);
    }
    const ownerIndex = stack.findIndex((node) => isAttributable(locationOf(node.callFrame)));
    if (ownerIndex === -1) add(partition, `(runtime) ${stack[0]!.callFrame.functionName || '(native)'}`);
    else if (ownerIndex === 0) add(partition, `${labelOf(stack[0]!)} [self]`);
    else add(partition, `${labelOf(stack[ownerIndex]!)} → ${stack[ownerIndex - 1]!.callFrame.functionName}`);
  }

  const selfLines = new Map<string, number>();
  for (const node of profile.nodes) {
    for (const tick of node.positionTicks ?? []) {
      const location =
        node.callFrame.url === bundleUrl
          ? mapper.locateLine(tick.line)
          : `${shortUrl(node.callFrame.url, root)}:${tick.line}`;
      if (location !== undefined && isOurs(location)) {
        add(selfLines, `${location} (${node.callFrame.functionName || '(anonymous)'})`, tick.ticks);
      }
    }
  }

  const total = profile.samples.length;
  const ranked = (map: Map<string, number>): Share[] =>
    [...map].sort((a, b) => b[1] - a[1]).map(([what, count]) => ({ what, percent: (100 * count) / total }));
  return {
    samples: total,
    partition: ranked(partition),
    inclusive: ranked(inclusive),
    selfLines: ranked(selfLines),
  };
}
