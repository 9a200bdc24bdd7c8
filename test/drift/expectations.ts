// What a drift scenario expects the change report to say, and a reader for the report's Markdown that can tell.

/** One thing the report must name: a line in a section, or a change listed under an operation. */
export type Expected = { section: string; text: string } | { operation: string; text: string };

export interface Expectation {
  /** Every change the scenario makes, as the report must name it. */
  report: Expected[];
  /** The breaking changes it causes (text of their line under "Breaking changes"); [] when additive. */
  breaking: string[];
  /** Fix-up targets that must be gone from the overlay once the candidate is taken. */
  prunedTargets: string[];
}

export const inSection = (section: string, text: string): Expected => ({ section, text });
export const underOperation = (operation: string, text: string): Expected => ({ operation, text });

export function combine(expectations: Expectation[]): Expectation {
  return {
    report: expectations.flatMap((expectation) => expectation.report),
    breaking: expectations.flatMap((expectation) => expectation.breaking),
    prunedTargets: expectations.flatMap((expectation) => expectation.prunedTargets),
  };
}

export interface ParsedReport {
  /** `## Title (N)` → its lines; titles without the count. */
  sections: Map<string, string[]>;
  /** `### \`KEY\`: summary` under "Operations changed" → its change lines. */
  operations: Map<string, string[]>;
  /** N of `## Breaking changes (N)`. */
  breakingCount: number;
}

export function parseReport(markdown: string): ParsedReport {
  const parsed: ParsedReport = { sections: new Map(), operations: new Map(), breakingCount: -1 };
  let section: string[] = [];
  let operation: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## (.*?)(?: \((\d+)\))?$/.exec(line);
    const subheading = /^### `([^`]+)`/.exec(line);
    if (heading) {
      section = [];
      operation = undefined;
      parsed.sections.set(heading[1] ?? '', section);
      if (heading[1] === 'Breaking changes') parsed.breakingCount = Number(heading[2]);
    } else if (subheading) {
      operation = [];
      parsed.operations.set(subheading[1] ?? '', operation);
    } else if (line.startsWith('- ') || (line !== '' && !line.startsWith('#'))) {
      (operation ?? section).push(line);
    }
  }
  return parsed;
}

/** The expectations the report does not meet, each as a readable line (empty when all are met). */
export function unmetExpectations(report: ParsedReport, expectation: Expectation): string[] {
  const unmet: string[] = [];
  for (const expected of expectation.report) {
    const lines =
      'operation' in expected
        ? (report.operations.get(expected.operation) ?? [])
        : [...report.sections].filter(([title]) => title.startsWith(expected.section)).flatMap(([, l]) => l);
    if (!lines.some((line) => line.includes(expected.text))) {
      const where = 'operation' in expected ? `under ${expected.operation}` : `in "${expected.section}"`;
      unmet.push(`not named ${where}: ${expected.text}`);
    }
  }
  const breakingLines = report.sections.get('Breaking changes') ?? [];
  for (const text of expectation.breaking) {
    if (!breakingLines.some((line) => line.includes(text))) unmet.push(`not listed as breaking: ${text}`);
  }
  if (report.breakingCount !== expectation.breaking.length) {
    unmet.push(
      `${report.breakingCount} breaking changes listed, expected exactly ${expectation.breaking.length}: ${breakingLines.join(' / ')}`,
    );
  }
  return unmet;
}
