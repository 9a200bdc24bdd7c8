/** One `file(line,col): error TSnnnn: message` line of tsc output. */
export interface TscDiagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

const DIAGNOSTIC_LINE = /^(?<file>[^\s(][^(]*)\((?<line>\d+),\d+\): error (?<code>TS\d+): (?<message>.*)$/;
const EXPECTATION = /\/\/ expect-error (?<code>TS\d+(?:\|TS\d+)*)/;

/** The error diagnostics in tsc's plain (non-pretty) output. */
export function parseTscDiagnostics(output: string): TscDiagnostic[] {
  return output.split('\n').flatMap((text) => {
    const groups = DIAGNOSTIC_LINE.exec(text.trim())?.groups;
    if (groups === undefined) return [];
    const { file = '', line = '0', code = '', message = '' } = groups;
    return [{ file, line: Number(line), code, message }];
  });
}

/**
 * Line number (1-based) → the error codes its `// expect-error TSnnnn` comment accepts (`TS2561|TS2353`: which of
 * two equivalent diagnostics tsc picks can depend on the names involved, e.g. whether it suggests a spelling).
 */
export function expectedErrorsBySourceLine(source: string): Map<number, string[]> {
  const expected = new Map<number, string[]>();
  source.split('\n').forEach((text, index) => {
    const codes = EXPECTATION.exec(text)?.groups?.code;
    if (codes !== undefined) expected.set(index + 1, codes.split('|'));
  });
  return expected;
}
